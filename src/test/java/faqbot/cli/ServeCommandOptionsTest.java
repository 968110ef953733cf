package faqbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandOptionsTest {

    @Test
    void allowedOriginsAreReadFromTheCommandLine() {
        ServeCommand serve = new ServeCommand();

        new CommandLine(serve).parseArgs("--allowed-origins", "https://clinic-a.example,https://clinic-b.example");

        assertThat(serve.allowedOrigins.configured()).containsExactly("https://clinic-a.example", "https://clinic-b.example");
    }

    @Test
    void aMistypedOriginIsReportedByName() {
        CommandLine serve = new CommandLine(new ServeCommand());

        assertThatThrownBy(() -> serve.parseArgs("--allowed-origins", "https://clinic-a.example,clinic-b.example"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--allowed-origins")
                .hasMessageContaining("clinic-b.example");
    }

    @Test
    void theHelpNamesTheEnvironmentVariable() {
        String help = new CommandLine(new ServeCommand()).getUsageMessage();

        assertThat(help).contains("--allowed-origins", "FAQBOT_ALLOWED_ORIGINS");
    }
}
