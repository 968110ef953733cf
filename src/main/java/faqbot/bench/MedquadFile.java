package faqbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads medquad.jsonl for the evaluation (the bot itself reads it through the corpus's FAQ reader). */
final class MedquadFile {

    /** Shown with every figure derived from the data. */
    static final String ATTRIBUTION = "Data: MedQuAD (Ben Abacha & Demner-Fushman, BMC Bioinformatics 20:511, 2019), CC BY 4.0.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private MedquadFile() {}

    static List<MedquadPair> read(Path file) throws IOException {
        List<MedquadPair> pairs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    pairs.add(JSON.readValue(line, MedquadPair.class));
                }
            }
        }
        return pairs;
    }
}
