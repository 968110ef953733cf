package faqbot.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScrubberTest {

    private final Scrubber scrubber = new Scrubber(word -> Set.of("medicare", "kyphoplasty").contains(word.toLowerCase()));

    @Test
    void takesOutEmailAddressesAndEveryNumber() {
        assertThat(scrubber.scrub("Email me at jane.doe+x@mail.example.org or call 555-123 4567, I'm 82"))
                .isEqualTo("email me at [email] or call [number], i'm [number]");
    }

    @Test
    void takesOutNamesAfterTheWordsThatIntroduceThem() {
        assertThat(scrubber.scrub("my name is john smith and dr Patel said so")).isEqualTo("my name is [name] and dr [name] said so");
        assertThat(scrubber.scrub("Hi, I'm Maria. Call me maria")).isEqualTo("hi, i'm [name]. call me [name]");
    }

    @Test
    void takesOutCapitalisedWordsInsideASentenceThatTheContentNeverUses() {
        assertThat(scrubber.scrub("Does Medicare cover Kyphoplasty for my aunt Rosalind?"))
                .isEqualTo("does medicare cover kyphoplasty for my aunt [name]");
    }

    @Test
    void keepsAcronymsAndTheFirstWordOfASentence() {
        assertThat(scrubber.scrub("Is an MRI needed before VCF treatment?")).isEqualTo("is an mri needed before vcf treatment");
    }

    @Test
    void writesTheSameQuestionTheSameWay() {
        assertThat(scrubber.scrub("  Where   do I PARK?? ")).isEqualTo(scrubber.scrub("where do i park"));
    }
}
