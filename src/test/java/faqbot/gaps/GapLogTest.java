package faqbot.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class GapLogTest {

    private static final Instant DAY_ONE = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path tmp;

    private GapLog log(GapSettings settings, Instant now) {
        return new GapLog(settings, word -> false, Clock.fixed(now, ZoneOffset.UTC));
    }

    private GapSettings on(int retentionDays, int max) {
        return new GapSettings(true, retentionDays, max, tmp.resolve("gaps.json"));
    }

    @Test
    void isOffUnlessTheEnvironmentTurnsItOn() {
        assertThat(GapSettings.fromEnvironment(Map.of(), tmp).enabled()).isFalse();
        GapSettings on = GapSettings.fromEnvironment(Map.of("FAQBOT_GAPS", "on", "FAQBOT_GAPS_RETENTION_DAYS", "7"), tmp);
        assertThat(on.enabled()).isTrue();
        assertThat(on.retentionDays()).isEqualTo(7);
        assertThat(on.file()).isEqualTo(tmp.resolve("gaps.json"));
    }

    @Test
    void recordsNothingWhenOff() {
        GapLog log = log(GapSettings.off(), DAY_ONE);
        log.unanswered("where do I park");
        assertThat(log.list()).isEmpty();
    }

    @Test
    void countsTheSameQuestionOnceAndListsTheMostAskedFirst() {
        GapLog log = log(on(30, 100), DAY_ONE);
        log.unanswered("Where do I park?");
        log.unanswered("where do i park");
        log.unanswered("Is there a cafe?");

        assertThat(log.list()).extracting(Gap::question, Gap::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("where do i park", 2), org.assertj.core.groups.Tuple.tuple("is there a cafe", 1));
    }

    @Test
    void forgetsQuestionsAfterTheRetentionPeriodAndKeepsAtMostTheCap() {
        GapLog first = log(on(7, 2), DAY_ONE);
        first.unanswered("old question");
        first.close();
        GapLog later = log(on(7, 2), DAY_ONE.plus(8, ChronoUnit.DAYS));
        later.unanswered("one");
        later.unanswered("two");
        later.unanswered("two");
        later.unanswered("three");

        assertThat(later.list()).extracting(Gap::question).containsExactly("two", "three");
    }

    @Test
    void keepsTheListAcrossRestartsInItsFile() throws Exception {
        GapLog log = log(on(30, 100), DAY_ONE);
        log.unanswered("where do I park");
        log.close();

        assertThat(Files.readString(tmp.resolve("gaps.json"))).contains("where do i park").doesNotContain("T10:00");
        assertThat(log(on(30, 100), DAY_ONE).list()).extracting(Gap::count).containsExactly(1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            john has back pain                                    | [name] has back pain
            MARY SMITH asked whether it is safe                   | [name] [name] asked whether it is safe
            my son Tom was born the 5th of May 1950               | my son [name] was born [date]
            write to john dot smith at gmail dot com              | write to [email]
            can I come on 3/4/2025 or march 3rd?                  | can i come on [date] or [date]
            """)
    void theFileHoldsTheQuestionScrubbed(String message, String kept) throws Exception {
        GapLog log = log(on(30, 100), DAY_ONE);
        log.unanswered(message);
        log.close();

        JsonNode saved = new ObjectMapper().readTree(tmp.resolve("gaps.json").toFile());
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).get("question").asText()).isEqualTo(kept);
    }

    @Test
    void theFileIsReadableByTheServersUserAlone() throws Exception {
        GapLog log = log(on(30, 100), DAY_ONE);
        log.unanswered("where do I park");
        log.close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("gaps.json")))).isEqualTo("rw-------");
    }

    @Test
    void aListKeptByAnOlderVersionIsScrubbedAgainAndMadePrivateAtStart() throws Exception {
        Path file = tmp.resolve("gaps.json");
        Files.writeString(file, """
                [{"question": "john has back pain", "count": 2, "firstAsked": "2026-02-20", "lastAsked": "2026-02-27"},
                 {"question": "mary has back pain", "count": 1, "firstAsked": "2026-02-25", "lastAsked": "2026-02-25"}]
                """);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        GapLog log = log(on(30, 100), DAY_ONE);

        assertThat(log.list()).extracting(Gap::question, Gap::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[name] has back pain", 3));
        assertThat(Files.readString(file)).doesNotContain("john", "mary");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
