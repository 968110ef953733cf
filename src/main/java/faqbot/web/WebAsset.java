package faqbot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** A file faqbot serves as it is (the widget script, the demo page's stylesheet), with an ETag of its bytes. */
public final class WebAsset {

    private final byte[] bytes;
    private final String contentType;
    private final String etag;

    WebAsset(byte[] bytes, String contentType) {
        this.bytes = bytes.clone();
        this.contentType = contentType;
        this.etag = "\"" + sha256(bytes).substring(0, 32) + "\"";
    }

    /** Loads {@code web/NAME} from the classpath, where the build copies the repository's web/ folder. */
    public static WebAsset load(String name, String contentType) {
        String resource = "web/" + name;
        try (InputStream in = WebAsset.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath; build with Maven");
            }
            return new WebAsset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String contentType() {
        return contentType;
    }

    /** A strong ETag, quoted as it goes into the header. */
    public String etag() {
        return etag;
    }

    /** Whether an {@code If-None-Match} header names this version, so a 304 will do. */
    public boolean isNamedBy(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
