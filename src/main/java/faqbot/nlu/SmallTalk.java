package faqbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reply variants from corpus/smalltalk.yaml. Keys are intent names; urgent replies are "urgent.medical" and
 * "urgent.self_harm" ("urgent" alone means medical). Placeholders like {topics} are filled from the values map.
 */
public final class SmallTalk {

    static final List<String> REQUIRED = List.of("greeting", "thanks", "goodbye", "bot_identity", "capabilities",
            "contact", "out_of_scope", "urgent.medical", "urgent.self_harm");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    /** The values the bot fills in (see smalltalk.yaml); a reply naming another could not be given, urgent ones included. */
    static final Set<String> PLACEHOLDERS = Set.of("topics", "contact", "emergency", "crisis_line");

    private final Map<String, List<String>> variants;
    private final AtomicInteger turn = new AtomicInteger();

    private SmallTalk(Map<String, List<String>> variants) {
        this.variants = variants;
    }

    public static SmallTalk load(Path yaml) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
            return of(flatten(root, "", new LinkedHashMap<>()), yaml.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read small talk replies " + yaml, e);
        }
    }

    static SmallTalk of(Map<String, List<String>> variants, String source) {
        List<String> missing = REQUIRED.stream().filter(k -> variants.getOrDefault(k, List.of()).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(source + ": no replies for " + String.join(", ", missing));
        }
        variants.forEach((key, texts) -> texts.forEach(text -> {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    throw new IllegalArgumentException(source + ": a reply for " + key + " uses {" + m.group(1)
                            + "}, which the bot cannot fill in (it fills in {topics}, {contact}, {emergency} and {crisis_line})");
                }
            }
        }));
        return new SmallTalk(Map.copyOf(variants));
    }

    private static Map<String, List<String>> flatten(JsonNode node, String prefix, Map<String, List<String>> into) {
        if (node == null || node.isNull()) {
            return into;
        }
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(e.getValue(), prefix + e.getKey() + ".", into));
        } else {
            List<String> texts = new ArrayList<>();
            node.forEach(item -> texts.add(item.asText()));
            if (node.isValueNode()) {
                texts.add(node.asText());
            }
            into.put(prefix.substring(0, prefix.length() - 1), List.copyOf(texts));
        }
        return into;
    }

    /** A reply for the intent, taking turns between variants. */
    public String reply(String intent, Map<String, String> values) {
        List<String> options = variantsFor(intent);
        return fill(options.get(Math.floorMod(turn.getAndIncrement(), options.size())), values);
    }

    /** A reply for the intent, the variant chosen by the message, so the same message always gets the same reply. */
    public String reply(String intent, Map<String, String> values, String message) {
        List<String> options = variantsFor(intent);
        return fill(options.get(Math.floorMod(message.hashCode(), options.size())), values);
    }

    /** The reply for a detected intent; urgent ones by their kind. */
    public String reply(Intent intent, Map<String, String> values, String message) {
        String key = intent.urgentKind() == null ? intent.name() : "urgent." + intent.urgentKind().label();
        return reply(key, values, message);
    }

    private List<String> variantsFor(String intent) {
        List<String> options = variants.get("urgent".equals(intent) ? "urgent.medical" : intent);
        if (options == null || options.isEmpty()) {
            throw new IllegalArgumentException("no small-talk replies for '" + intent + "'");
        }
        return options;
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("reply needs a value for {" + m.group(1) + "}: " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
