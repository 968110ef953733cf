package faqbot.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/** Bearer-token check for /api/admin: 401 without a token, 403 with a wrong one, compared in constant time. */
final class AdminAuth {

    private final byte[] expected;

    AdminAuth(String token) {
        this.expected = sha256(token);
    }

    void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"faqbot-admin\"");
            throw new HttpResponseException(401, "The admin API needs 'Authorization: Bearer <token>' (the FAQBOT_ADMIN_TOKEN of this server).", Map.of());
        }
        // Hashing both first makes the comparison independent of the lengths as well as the contents.
        if (!MessageDigest.isEqual(expected, sha256(header.substring(7).strip()))) {
            throw new HttpResponseException(403, "The admin token is not right.", Map.of());
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
