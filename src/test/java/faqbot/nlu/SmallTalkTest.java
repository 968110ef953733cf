package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import faqbot.config.ClinicSettings;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SmallTalkTest {

    private final SmallTalk smallTalk = SmallTalk.load(CorpusDetector.CORPUS.resolve("smalltalk.yaml"));

    @Test
    void fillsTheTopicsIntoTheCapabilitiesReply() {
        assertThat(smallTalk.reply("capabilities", Map.of("topics", "kyphoplasty, recovery and costs")))
                .contains("kyphoplasty, recovery and costs").doesNotContain("{");
    }

    @Test
    void fillsTheClinicsContactFromConfiguration() {
        assertThat(smallTalk.reply("contact", Map.of("contact", "call 555-0100"), "how do i call you"))
                .contains("call 555-0100");
    }

    @Test
    void picksTheSameVariantForTheSameMessage() {
        assertThat(smallTalk.reply("greeting", Map.of(), "hello"))
                .isEqualTo(smallTalk.reply("greeting", Map.of(), "hello"));
    }

    @Test
    void sendsEmergenciesToEmergencyCareAndSelfHarmAlsoToACrisisLine() {
        String medical = smallTalk.reply(new Intent(Intent.URGENT, 1, UrgentKind.MEDICAL, "test", 0), ClinicSettings.defaults().placeholders(), "x");
        String selfHarm = smallTalk.reply(new Intent(Intent.URGENT, 1, UrgentKind.SELF_HARM, "test", 0), ClinicSettings.defaults().placeholders(), "x");
        assertThat(medical).contains("emergency");
        assertThat(selfHarm).contains("988").contains("crisis line");
    }

    @Test
    void saysItIsAnAutomatedAssistantNotADoctor() {
        assertThat(smallTalk.reply("bot_identity", Map.of(), "are you human")).containsAnyOf("automated", "computer program")
                .contains("not a");
    }

    @Test
    void refusesATemplateWithoutItsValue() {
        assertThatThrownBy(() -> smallTalk.reply("contact", Map.of())).hasMessageContaining("{contact}");
    }

    @Test
    void refusesRepliesWithMissingIntents() {
        assertThatThrownBy(() -> SmallTalk.of(Map.of("greeting", List.of("hi")), "test.yaml"))
                .hasMessageContaining("no replies for thanks");
    }
}
