package faqbot.gaps;

import java.time.LocalDate;

/**
 * One unanswered question, scrubbed, with how often it was asked. Dates only, no times, so entries are hard to tie
 * to a visit.
 */
public record Gap(String question, int count, LocalDate firstAsked, LocalDate lastAsked) {

    Gap askedAgain(LocalDate day) {
        return new Gap(question, count + 1, firstAsked, day.isAfter(lastAsked) ? day : lastAsked);
    }
}
