package faqbot.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScrubberTest {

    /** The words a small knee and spine corpus uses, St John's wort among them. */
    private static final Set<String> CONTENT = Set.of("medicare", "kyphoplasty", "knee", "back", "pain", "surgery", "brain",
            "tumor", "gene", "john", "wort", "cement", "x", "ray", "mri", "vcf", "visit", "period", "fever", "weight", "heal");

    private final Scrubber scrubber = new Scrubber(CONTENT::contains);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            john has back pain                              | [name] has back pain
            John has back pain                              | [name] has back pain
            MARY SMITH asked about surgery                  | [name] [name] asked about surgery
            mary smith asked about surgery                  | [name] [name] asked about surgery
            my son Tom needs surgery                        | my son [name] needs surgery
            my son tom needs surgery                        | my son [name] needs surgery
            MY SON ZEB HAS BACK PAIN                        | my son [name] has back pain
            can my daughter Lily visit                      | can my daughter [name] visit
            my wife rose has pain                           | my wife [name] has pain
            priya asked if the cement is safe               | [name] asked if the cement is safe
            ask Mary Kowalczykowa                           | ask [name] [name]
            can my neighbour Jonathan borrow my card        | can my neighbour [name] borrow my card
            my name is john smith and dr Patel said so      | my name is [name] [name] and dr [name] said so
            Hi, I'm Maria. Call me maria                    | hi, i'm [name]. call me [name]
            Dr. Zyx told me to rest                         | dr [name] told me to rest
            Does Medicare cover Kyphoplasty for my aunt Rosalind? | does medicare cover kyphoplasty for my aunt [name]
            """)
    void takesOutNamesInAnyCaseAndPosition(String message, String kept) {
        assertThat(scrubber.scrub(message)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Will it hurt?                                   | will it hurt
            WHEN WILL IT HEAL                               | when will it heal
            May I eat before surgery?                       | may i eat before surgery
            my son will need surgery                        | my son will need surgery
            my son has a fever                              | my son has a fever
            i am tired and scared                           | i am tired and scared
            can a brain tumor cause headaches               | can a brain tumor cause headaches
            does ozempic help with weight                   | does ozempic help with weight
            do i need an x-ray                              | do i need an x-ray
            Is an MRI needed before VCF treatment?          | is an mri needed before vcf treatment
            """)
    void keepsEverydayWordsThatAreAlsoNamesAndWordsTheContentLacks(String message, String kept) {
        assertThat(scrubber.scrub(message)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            email me at jane.doe+x@mail.example.org please  | email me at [email] please
            email john dot smith at gmail dot com please    | email [email] please
            write to jsmith (at) example [dot] org          | write to [email]
            JOHN_SMITH AT HOTMAIL DOT CO DOT UK             | [email]
            reach me at mary at hotmail                     | reach me at [email]
            pain at night and at rest                       | pain at night and at rest
            """)
    void takesOutEmailAddressesWrittenOrSpelledOut(String message, String kept) {
        assertThat(scrubber.scrub(message)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            surgery on march 3rd                            | surgery on [date]
            surgery on 3/4/2025                             | surgery on [date]
            born the 5th of May 1950                        | born [date]
            since 2024-01-02                                | since [date]
            on May 5, 1950                                  | on [date]
            on march third                                  | on [date]
            on 3 Sept                                       | on [date]
            in june 2019                                    | in [date]
            since may my knee hurts                         | since may my knee hurts
            """)
    void takesOutDatesInAnyCommonForm(String message, String kept) {
        assertThat(scrubber.scrub(message)).isEqualTo(kept);
    }

    @Test
    void takesOutEveryOtherNumber() {
        assertThat(scrubber.scrub("call 555-123 4567, I'm 82, on the 3rd floor"))
                .isEqualTo("call [number], i'm [number], on the [number] floor");
    }

    @Test
    void writesTheSameQuestionTheSameWay() {
        assertThat(scrubber.scrub("  Where   do I PARK?? ")).isEqualTo(scrubber.scrub("where do i park"));
    }

    @Test
    void scrubbingAgainChangesNothing() {
        String once = scrubber.scrub("my son Tom was born the 5th of May 1950, mail tom dot smith at gmail dot com");

        assertThat(once).isEqualTo("my son [name] was born [date], mail [email]");
        assertThat(scrubber.scrub(once)).isEqualTo(once);
    }

    @Test
    void aLongMessageKeepsNoPartOfAWordItCuts() {
        String message = "where do I park ".repeat(24) + "mail me at jane.doe@mail.example.org";

        String kept = scrubber.scrub(message);

        assertThat(kept).hasSizeLessThanOrEqualTo(Scrubber.MAX_CHARS).doesNotContain("jane", "doe", "mail.");
    }

    @ParameterizedTest
    @MethodSource("adversarialMessages")
    void anyTextIsScrubbedWithoutFailing(String message) {
        assertThat(scrubber.scrub(message)).hasSizeLessThanOrEqualTo(Scrubber.MAX_CHARS);
    }

    static List<String> adversarialMessages() {
        return List.of("a.".repeat(1000), "a. ".repeat(666), "dot ".repeat(500), "a at ".repeat(400), "x at " + "a. ".repeat(600),
                "1/".repeat(1000), "march ".repeat(333), "a".repeat(2000), "John Smith ".repeat(180), "?".repeat(1999) + "x",
                "a dot b at c dot ".repeat(110), "(at) [dot] ".repeat(180), "Dr. ".repeat(500), "mary-jane ".repeat(200),
                "\u0130\u0131 ".repeat(600), "[name] ".repeat(280), "");
    }
}
