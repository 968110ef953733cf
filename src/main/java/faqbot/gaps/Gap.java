package faqbot.gaps;

import java.time.LocalDate;

/**
 * One unanswered question, scrubbed, with how often it was asked. Dates only, no times, so entries are hard to tie
 * to a visit.
 */
public record Gap(String question, int count, LocalDate firstAsked, LocalDate lastAsked) {

    /** Two entries that scrub to the same question are one, asked as often as both. */
    Gap with(Gap other) {
        return new Gap(question, count + other.count, firstAsked.isBefore(other.firstAsked) ? firstAsked : other.firstAsked,
                lastAsked.isAfter(other.lastAsked) ? lastAsked : other.lastAsked);
    }

    Gap askedAgain(LocalDate day) {
        return new Gap(question, count + 1, firstAsked, day.isAfter(lastAsked) ? day : lastAsked);
    }
}
