package faqbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import faqbot.testing.StandardStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ask, chat and eval word their replies with the clinic's faqbot.yaml, as serve does: what a team tries is what visitors get. */
class CommandsReadTheClinicConfigTest {

    private static final String CONFIG = """
            org_name: Riverside Spine Clinic
            contact_phone: "+1 555 0100"
            emergency_number: "112"
            """;
    private static final String REACH_A_PERSON = "how can I talk to a person?";

    @TempDir
    Path tmp;

    /** One per test: JUnit makes an instance of the class for each. */
    private final StandardStreams console = StandardStreams.capture();

    @AfterEach
    void restore() {
        console.close();
    }

    private int run(String command, String... rest) throws Exception {
        Path config = Files.writeString(tmp.resolve("faqbot.yaml"), CONFIG);
        String[] args = new String[rest.length + 7];
        args[0] = command;
        args[1] = "--corpus";
        args[2] = "corpus";
        args[3] = command.equals("eval") ? "--min-pass-rate" : "--index";
        args[4] = command.equals("eval") ? "100" : tmp.resolve("index").toString();
        args[5] = "--config";
        args[6] = config.toString();
        System.arraycopy(rest, 0, args, 7, rest.length);
        return Main.commandLine().execute(args);
    }

    private String stdout() {
        return console.out();
    }

    @Test
    void askGivesTheClinicsPhoneToSomeoneWhoWantsAPerson() throws Exception {
        assertThat(run("ask", REACH_A_PERSON)).isZero();

        assertThat(stdout()).contains("\"type\" : \"smalltalk\"", "Riverside Spine Clinic, phone +1 555 0100");
    }

    @Test
    void chatTellsTheClinicsEmergencyNumberInAnUrgentReply() throws Exception {
        console.input("I have crushing chest pain and can't breathe\n\n");

        assertThat(run("chat")).isZero();

        assertThat(stdout()).contains("bot [urgent", "112");
    }

    @Test
    void evalChecksTheRepliesAsTheClinicsVisitorsGetThem() throws Exception {
        Path tests = Files.writeString(tmp.resolve("contact.jsonl"), "{\"name\": \"reach-a-person\", \"turns\": [{\"message\": \""
                + REACH_A_PERSON + "\", \"expect\": {\"type\": \"smalltalk\", \"contains\": \"+1 555 0100\"}}]}\n");

        assertThat(run("eval", "--tests", tests.toString())).as(stdout()).isZero();
    }

    @Test
    void aConfigurationWithErrorsStopsTheCommandNamingTheField() throws Exception {
        Files.writeString(tmp.resolve("bad.yaml"), "contact_phone: call us\n");

        int code = Main.commandLine().execute("ask", "--config", tmp.resolve("bad.yaml").toString(), REACH_A_PERSON);

        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("faqbot ask: the configuration has errors:",
                "contact_phone: \"call us\" is not a phone number");
    }
}
