package faqbot.dialog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Conversation state as a compact token the client sends back: base64url(JSON) "." base64url(HMAC-SHA256).
 * Any replica with the same secret can read it, so no session store is needed. A token that is tampered with,
 * expired, too large or malformed reads as no token: the turn is answered as a first turn.
 */
public final class ConversationTokens {

    /** Far above any real state; a larger token is refused before any work is done on it. */
    static final int MAX_TOKEN_CHARS = 1024;
    static final Duration MAX_AGE = Duration.ofHours(12);
    private static final String ALGORITHM = "HmacSHA256";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;
    /** A Mac is not thread-safe, and making one is a provider lookup and a key set-up: one per thread, kept. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public ConversationTokens(byte[] secret, Clock clock) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the conversation secret must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.clock = clock;
    }

    public String encode(ConversationState state) {
        ConversationState stamped = new ConversationState(state.subjects(), state.topics(), state.lastPassage(), state.turns(),
                state.clarifying(), clock.instant().getEpochSecond());
        try {
            String payload = ENCODER.encodeToString(JSON.writeValueAsBytes(stamped));
            return payload + "." + ENCODER.encodeToString(mac(payload));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("conversation state is plain data and always serializes", e);
        }
    }

    public Optional<ConversationState> decode(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            String payload = token.substring(0, dot);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            ConversationState state = JSON.readValue(DECODER.decode(payload), ConversationState.class);
            long age = clock.instant().getEpochSecond() - state.issuedAt();
            return age < 0 || age > MAX_AGE.getSeconds() ? Optional.empty() : Optional.of(state);
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        return macs.get().doFinal(payload.getBytes(StandardCharsets.US_ASCII)); // doFinal leaves it ready for the next
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
