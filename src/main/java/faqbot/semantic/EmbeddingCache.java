package faqbot.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Passage vectors kept beside the index generations, by the SHA-256 of the text embedded, so a reindex embeds only
 * the passages that are new or changed. Only the content's passages are ever in it, never a visitor's text. One file,
 * for one model (a file of another model is ignored), rewritten whole at each build (aside, then renamed): the
 * vectors this build used, then older ones up to as many again, for a rollback and a change undone. A damaged file
 * is read as empty: it only saves time.
 */
public final class EmbeddingCache {

    /** The directory in the index directory, beside the gen-NNNNNN ones. */
    public static final String DIRECTORY = "embedding-cache";
    static final String FILE = "passages.vec";
    private static final int MAGIC = 0x46514556; // "FQEV"
    private static final int KEY_BYTES = 32;

    private final Path file;

    public EmbeddingCache(Path indexDir) {
        this.file = indexDir.resolve(DIRECTORY).resolve(FILE);
    }

    /** What a build found: each text's vector, in order, and how many were embedded anew. */
    public record Vectors(List<float[]> vectors, int embedded) {}

    /** Each text's vector, in order: kept ones for texts embedded before, the others embedded now (with progress). */
    public Vectors vectors(List<String> texts, Embedder embedder, EmbeddingProgress progress) throws IOException {
        Map<String, float[]> kept = read();
        Map<String, float[]> used = new LinkedHashMap<>();
        Map<String, String> missing = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(texts.size());
        for (String text : texts) {
            String key = key(text);
            keys.add(key);
            float[] vector = kept.get(key);
            if (vector != null) {
                used.put(key, vector);
            } else {
                missing.putIfAbsent(key, text);
            }
        }
        progress.embedding(texts.size() - missing.size(), missing.size());
        List<float[]> fresh = embedder.embedAll(List.copyOf(missing.values()), progress);
        int i = 0;
        for (String key : missing.keySet()) {
            used.put(key, fresh.get(i++));
        }
        write(used, kept);
        return new Vectors(keys.stream().map(used::get).toList(), missing.size());
    }

    /** The key of a text: its SHA-256, hex. */
    static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    Map<String, float[]> read() {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        CRC32 crc = new CRC32();
        try (InputStream buffered = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                DataInputStream in = new DataInputStream(new CheckedInputStream(buffered, crc))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(Embedder.MODEL) || in.readInt() != Embedder.DIMENSION) {
                return Map.of();
            }
            int count = in.readInt();
            for (int n = 0; n < count; n++) {
                byte[] key = in.readNBytes(KEY_BYTES);
                float[] vector = new float[Embedder.DIMENSION];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(HexFormat.of().formatHex(key), vector);
            }
            long sum = crc.getValue();
            return new DataInputStream(buffered).readLong() == sum ? vectors : Map.of();
        } catch (IOException | RuntimeException missingOrDamaged) {
            return Map.of();
        }
    }

    private void write(Map<String, float[]> used, Map<String, float[]> kept) throws IOException {
        Map<String, float[]> all = new LinkedHashMap<>(used);
        for (Map.Entry<String, float[]> old : kept.entrySet()) {
            if (all.size() >= 2 * used.size()) {
                break;
            }
            all.putIfAbsent(old.getKey(), old.getValue());
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".tmp");
        CRC32 crc = new CRC32();
        try (OutputStream raw = Files.newOutputStream(tmp)) {
            BufferedOutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
            DataOutputStream out = new DataOutputStream(new CheckedOutputStream(buffered, crc));
            out.writeInt(MAGIC);
            out.writeUTF(Embedder.MODEL);
            out.writeInt(Embedder.DIMENSION);
            out.writeInt(all.size());
            for (Map.Entry<String, float[]> entry : all.entrySet()) {
                out.write(HexFormat.of().parseHex(entry.getKey()));
                for (float v : entry.getValue()) {
                    out.writeFloat(v);
                }
            }
            out.flush();
            new DataOutputStream(buffered).writeLong(crc.getValue());
            buffered.flush();
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
