package faqbot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a clinic's settings from faqbot.yaml (flat keys such as {@code contact_phone}) and then the environment, where
 * FAQBOT_ plus the key in capitals (FAQBOT_CONTACT_PHONE) overrides the file. Every problem is reported as file: field.
 */
public final class ClinicSettingsFile {

    /** Read from the working directory when no --config is given, if it exists. */
    public static final Path DEFAULT = Path.of("faqbot.yaml");
    static final List<String> FIELDS = List.of("org_name", "contact_phone", "contact_link", "contact_hours",
            "emergency_number", "crisis_line", "disclaimer");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{1,30}");
    private static final Pattern LINK = Pattern.compile("(https?://|mailto:)\\S+", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 300;

    private ClinicSettingsFile() {}

    /**
     * @param file the file named by --config (must exist), or null for faqbot.yaml if there is one
     * @throws IllegalArgumentException naming the file and field of every problem
     */
    public static ClinicSettings load(Path file, Map<String, String> environment) {
        Path source = file != null ? file : Files.exists(DEFAULT) ? DEFAULT : null;
        List<String> problems = new ArrayList<>();
        Map<String, String> values = source == null ? new LinkedHashMap<>() : read(source, problems);
        for (String field : FIELDS) {
            String override = environment.get(environmentName(field));
            if (override != null && !override.isBlank()) {
                values.put(field, override.strip());
                problems.addAll(check(environmentName(field), field, override.strip()));
            } else if (values.containsKey(field)) {
                problems.addAll(check(source + ": " + field, field, values.get(field)));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new ClinicSettings(values.get("org_name"), values.get("contact_phone"), values.get("contact_link"),
                values.get("contact_hours"), values.get("emergency_number"), values.get("crisis_line"), values.get("disclaimer"));
    }

    static String environmentName(String field) {
        return "FAQBOT_" + field.toUpperCase(Locale.ROOT);
    }

    /** The file's fields; an unknown or malformed one is added to the problems, and the rest are still read. */
    private static Map<String, String> read(Path source, List<String> problems) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(source.toFile());
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot be read (" + e.getMessage() + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return values;
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException(source + ": expected fields such as org_name: and contact_phone:, found a "
                    + root.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        root.properties().forEach(e -> {
            if (!FIELDS.contains(e.getKey())) {
                problems.add(source + ": " + e.getKey() + ": unknown field (known: " + String.join(", ", FIELDS) + ")");
            } else if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                problems.add(source + ": " + e.getKey() + ": expected text, e.g. " + e.getKey() + ": \"...\"");
            } else {
                values.put(e.getKey(), e.getValue().asText().strip());
            }
        });
        return values;
    }

    private static List<String> check(String where, String field, String value) {
        if (value.length() > MAX_LENGTH) {
            return List.of(where + ": longer than " + MAX_LENGTH + " characters");
        }
        boolean number = field.equals("contact_phone") || field.equals("emergency_number") || field.equals("crisis_line");
        if (number && !value.isEmpty() && !PHONE.matcher(value).matches()) {
            return List.of(where + ": \"" + value + "\" is not a phone number (digits, spaces, + ( ) . - only)");
        }
        if (field.equals("contact_link") && !value.isEmpty() && !LINK.matcher(value).matches()) {
            return List.of(where + ": \"" + value + "\" is not an https://, http:// or mailto: address");
        }
        return List.of();
    }
}
