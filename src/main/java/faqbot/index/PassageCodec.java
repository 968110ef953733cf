package faqbot.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's default codec with stored fields compressed in small chunks. Every answer reads the passages of its best
 * hits; with the default chunks (about 80 KiB) each read decompressed a whole chunk, a fifth of a chat turn on a
 * 16k-entry FAQ corpus. A chunk of 8 KiB costs a little more disk. Found by name through META-INF/services.
 */
public final class PassageCodec extends FilterCodec {

    static final String NAME = "FaqbotPassages";
    /** Bytes of stored fields compressed together, and at most this many passages in one chunk. */
    private static final int CHUNK_BYTES = 8 * 1024;
    private static final int CHUNK_DOCS = 64;
    /** Chunk addresses are kept in blocks of 2^10, as in Lucene's own format. */
    private static final int BLOCK_SHIFT = 10;

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "FaqbotPassagesStoredFields", CompressionMode.FAST, CHUNK_BYTES, CHUNK_DOCS, BLOCK_SHIFT);

    public PassageCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
