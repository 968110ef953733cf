package faqbot.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads `faq/*.jsonl`: one JSON object a line with `id`, `question`, `answer`, `url`, and optional `title` and
 * `alternates` (a list, or one string separated by `|`). Other string fields (MedQuAD's `focus`, `synonyms`, `qtype`,
 * `source`) are kept as passage metadata; anything else is ignored. Streams the file, so large sheets read fast.
 */
public final class JsonlFaqReader implements DocumentReader {

    private static final ObjectReader JSON = new ObjectMapper().reader();
    private static final Set<String> FIELDS = Set.copyOf(FaqColumns.KNOWN);

    @Override
    public boolean accepts(Path corpusDir, Path file) {
        return file.startsWith(corpusDir.resolve("faq")) && file.toString().endsWith(".jsonl");
    }

    @Override
    public Document read(Path file) throws CorpusException {
        FaqSheet sheet = new FaqSheet(file);
        return sheet.document(entries(file, sheet));
    }

    private static List<FaqEntry> entries(Path file, FaqSheet sheet) throws CorpusException {
        List<FaqEntry> entries = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (!text.isBlank()) {
                    entry(text, number, sheet).ifPresent(entries::add);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException(file, 0, "cannot read the file as UTF-8 text (" + e.getMessage() + ")");
        }
        return entries;
    }

    private static Optional<FaqEntry> entry(String line, int number, FaqSheet sheet) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sheet.problem(number, "this line is not valid JSON (" + JsonErrors.brief(e) + "); each line must be one complete object");
            return Optional.empty();
        }
        if (!node.isObject()) {
            sheet.problem(number, "each line must be a JSON object like {\"id\": ..., \"question\": ..., \"answer\": ..., \"url\": ...}");
            return Optional.empty();
        }
        return Optional.of(new FaqEntry(number, text(node, "id"), text(node, "question"), alternates(node.get("alternates")),
                text(node, "answer"), text(node, "url"), text(node, "title"), metadata(node)));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }

    private static List<String> alternates(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isArray()) {
            List<String> out = new ArrayList<>();
            value.forEach(v -> out.add(v.asText()));
            return out;
        }
        return FaqColumns.splitAlternates(value.asText());
    }

    /** The row's other fields that are text or lists of text. */
    private static Map<String, List<String>> metadata(JsonNode node) {
        Map<String, List<String>> meta = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                values(field.getValue()).ifPresent(v -> meta.put(field.getKey(), v));
            }
        }
        return meta;
    }

    private static Optional<List<String>> values(JsonNode value) {
        if (value.isValueNode() && !value.isNull()) {
            return Optional.of(List.of(value.asText()));
        }
        if (value.isArray()) {
            List<String> out = new ArrayList<>();
            value.forEach(v -> {
                if (v.isValueNode() && !v.isNull()) {
                    out.add(v.asText());
                }
            });
            return Optional.of(out);
        }
        return Optional.empty();
    }
}
