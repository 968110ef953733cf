package faqbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conversation token round-trips, and anything wrong with it reads as no token at all. */
class ConversationTokensTest {

    private static final byte[] SECRET = "a secret of at least sixteen bytes".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private final ConversationTokens tokens = new ConversationTokens(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ConversationState state = new ConversationState(List.of("kyphoplasty"), List.of("risks"), "doc/risks", 3, false, 0);

    @Test
    void aTokenCarriesTheStateToTheNextTurn() {
        ConversationState read = tokens.decode(tokens.encode(state)).orElseThrow();
        assertThat(read.subjects()).containsExactly("kyphoplasty");
        assertThat(read.topics()).containsExactly("risks");
        assertThat(read.lastPassage()).isEqualTo("doc/risks");
        assertThat(read.turns()).isEqualTo(3);
    }

    @Test
    void anyReplicaWithTheSameSecretReadsIt() {
        ConversationTokens other = new ConversationTokens(SECRET.clone(), Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC));
        assertThat(other.decode(tokens.encode(state))).isPresent();
    }

    @Test
    void aTamperedTokenIsIgnored() {
        String token = tokens.encode(state);
        String forged = token.replaceFirst("^.", token.charAt(0) == 'e' ? "f" : "e");
        assertThat(tokens.decode(forged)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsIgnored() {
        ConversationTokens stranger = new ConversationTokens("another secret, also long enough".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(tokens.decode(stranger.encode(state))).isEmpty();
    }

    @Test
    void anExpiredTokenIsIgnored() {
        ConversationTokens later = new ConversationTokens(SECRET, Clock.fixed(NOW.plus(Duration.ofHours(13)), ZoneOffset.UTC));
        assertThat(later.decode(tokens.encode(state))).isEmpty();
    }

    @Test
    void malformedAndOversizedTokensAreIgnored() {
        assertThat(tokens.decode(null)).isEmpty();
        assertThat(tokens.decode("")).isEmpty();
        assertThat(tokens.decode("not a token")).isEmpty();
        assertThat(tokens.decode("a.b.c")).isEmpty();
        assertThat(tokens.decode("x".repeat(5000) + "." + "y")).isEmpty();
    }

    @Test
    void theTokenHoldsNoPatientWords() {
        String token = tokens.encode(state);
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        assertThat(payload).doesNotContain("message").contains("kyphoplasty", "risks");
    }
}
