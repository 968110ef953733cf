package faqbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClinicSettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void theFileGivesTheClinicsNameContactAndNumbers() throws Exception {
        ClinicSettings clinic = ClinicSettingsFile.load(file("""
                org_name: Riverside Spine Clinic
                contact_phone: "+1 555 0100"
                contact_hours: Monday to Friday, 8am to 5pm
                contact_link: https://riverside.example/contact
                emergency_number: "911"
                crisis_line: "988"
                """), Map.of());
        assertThat(clinic.contactText()).isEqualTo("Riverside Spine Clinic, phone +1 555 0100 (Monday to Friday, 8am to 5pm),"
                + " or https://riverside.example/contact.");
        assertThat(clinic.emergencyText()).isEqualTo("911");
        assertThat(clinic.crisisText()).isEqualTo("call 988");
        assertThat(clinic.disclaimer()).isEqualTo(ClinicSettings.DEFAULT_DISCLAIMER);
    }

    @Test
    void theEnvironmentOverridesTheFile() throws Exception {
        ClinicSettings clinic = ClinicSettingsFile.load(file("emergency_number: \"911\"\n"),
                Map.of("FAQBOT_EMERGENCY_NUMBER", "112", "FAQBOT_ORG_NAME", "Klinik am See"));
        assertThat(clinic.emergencyNumber()).isEqualTo("112");
        assertThat(clinic.orgName()).isEqualTo("Klinik am See");
    }

    @Test
    void withNothingConfiguredTheRepliesUseGeneralWording() {
        ClinicSettings clinic = ClinicSettings.defaults();
        assertThat(clinic.emergencyText()).isEqualTo("your local emergency number");
        assertThat(clinic.contactText()).contains("front desk");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a phone that is not one|contact_phone: call us|: contact_phone: \"call us\" is not a phone number",
        "a link that is not one|contact_link: javascript:alert(1)|: contact_link: \"javascript:alert(1)\" is not an https://",
        "an unknown field|phone: 123|: phone: unknown field (known: org_name",
        "a list for text|org_name: [a, b]|: org_name: expected text",
        "not YAML|'org_name: \"unclosed'|: not valid YAML",
        "a list for the file|'- a'|: expected fields such as org_name:",
    })
    void aProblemSaysWhichFileAndField(String what, String yaml, String message) throws Exception {
        Path file = file(yaml);
        assertThatThrownBy(() -> ClinicSettingsFile.load(file, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file + message);
    }

    @Test
    void everyProblemInTheFileIsReportedAtOnce() throws Exception {
        Path file = file("phone: 123\ncontact_phone: call us\ncontact_link: www.example\n");
        assertThatThrownBy(() -> ClinicSettingsFile.load(file, Map.of()))
                .hasMessageContaining(file + ": phone: unknown field")
                .hasMessageContaining(file + ": contact_phone: \"call us\" is not a phone number")
                .hasMessageContaining(file + ": contact_link: \"www.example\" is not an https://");
    }

    @Test
    void aBadOverrideNamesTheVariable() {
        assertThatThrownBy(() -> ClinicSettingsFile.load(null, Map.of("FAQBOT_CRISIS_LINE", "text HOME")))
                .hasMessageContaining("FAQBOT_CRISIS_LINE: \"text HOME\" is not a phone number");
    }

    @Test
    void aMissingConfigFileIsAnError() {
        assertThatThrownBy(() -> ClinicSettingsFile.load(dir.resolve("nope.yaml"), Map.of()))
                .hasMessageContaining("nope.yaml: cannot be read");
    }

    private Path file(String yaml) throws Exception {
        return Files.writeString(dir.resolve("faqbot.yaml"), yaml);
    }
}
