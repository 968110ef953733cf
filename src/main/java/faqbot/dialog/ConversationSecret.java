package faqbot.dialog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The key that signs conversation tokens: from configuration (shared by all replicas), else generated once and
 * kept beside the index so a restart keeps conversations going.
 */
public final class ConversationSecret {

    public static final String ENV = "FAQBOT_CONVERSATION_SECRET";
    static final String FILE = "conversation-secret";

    private ConversationSecret() {}

    public static byte[] resolve(String configured, Path indexDir) throws IOException {
        if (configured != null && !configured.isBlank()) {
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        Path file = indexDir.resolve(FILE);
        if (Files.exists(file)) {
            return HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(indexDir);
        Path tmp = indexDir.resolve(FILE + ".tmp");
        Files.writeString(tmp, HexFormat.of().formatHex(secret), StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the index directory's own permissions apply
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return secret;
    }
}
