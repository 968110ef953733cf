package faqbot.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * YAML front matter at the top of a non-Markdown file: `---`, `key: value` lines, `---`.
 *
 * @param fields the simple `key: value` pairs
 * @param bodyLine the line the rest of the file starts on, to report the body's problems at the right line
 * @param body the text after the front matter
 */
record FrontMatter(Map<String, String> fields, int bodyLine, String body) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static FrontMatter split(Path file, String text) throws CorpusException {
        String normalized = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!normalized.startsWith("---")) {
            return new FrontMatter(Map.of(), 1, normalized);
        }
        String[] lines = normalized.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(parse(file, yaml), i + 2, body);
            }
        }
        throw new CorpusException(file, 1, "the front matter that starts on line 1 with --- is never closed: end it with a --- line");
    }

    private static Map<String, String> parse(Path file, String yaml) throws CorpusException {
        try {
            JsonNode node = YAML.readTree(yaml);
            Map<String, String> fields = new TreeMap<>();
            if (node != null && node.isObject()) {
                node.properties().forEach(e -> fields.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : ""));
            } else if (node != null && !node.isMissingNode() && !node.isNull()) {
                throw new CorpusException(file, 2, "the front matter must be `key: value` lines (title: ..., url: ...)");
            }
            return fields;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            throw new CorpusException(file, line, "bad front matter: " + brief(e.getOriginalMessage())
                    + " (write `key: value` lines; put quotes around a value that has a colon or starts with [ or {)");
        }
    }

    /** SnakeYAML's message without its excerpt lines: "while parsing a flow sequence; expected ',' or ']'...". */
    private static String brief(String message) {
        return String.join("; ", String.valueOf(message).lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList());
    }

    /** The line of the file on which its front matter sets the key; 1 when it sets none. */
    static int lineOf(String text, String key) {
        Pattern setsKey = Pattern.compile("^[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        String[] lines = text.split("\n", -1);
        if (!lines[0].replace("\uFEFF", "").strip().equals("---")) {
            return 1;
        }
        for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
            if (setsKey.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    String get(String key) {
        return fields.getOrDefault(key, "").strip();
    }
}
