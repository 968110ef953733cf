package faqbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated red-flag patterns of corpus/redflags.txt (format documented in that file). A medical match in a
 * hypothetical or general question ("can it cause numbness?") is reported as such, so the caller can weigh it.
 */
public final class RedFlags {

    /** The patterns of each kind, in file order: the first that matches is reported. */
    private final RedFlagPattern[] selfHarm;
    private final RedFlagPattern[] medical;
    private final PhraseGroup hypothetical;
    private final PhraseGroup now;

    private RedFlags(List<RedFlagPattern> patterns, PhraseGroup hypothetical, PhraseGroup now) {
        this.selfHarm = patterns.stream().filter(p -> p.kind() == UrgentKind.SELF_HARM).toArray(RedFlagPattern[]::new);
        this.medical = patterns.stream().filter(p -> p.kind() == UrgentKind.MEDICAL).toArray(RedFlagPattern[]::new);
        this.hypothetical = hypothetical;
        this.now = now;
    }

    public static RedFlags load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read red flags " + file, e);
        }
    }

    /** Parses the file's lines; every malformed line is reported as source:line. */
    static RedFlags parse(List<String> lines, String source) {
        List<String> problems = new ArrayList<>();
        List<RedFlagPattern> patterns = new ArrayList<>();
        PhraseGroup hypothetical = null;
        PhraseGroup now = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = source + ":" + (i + 1);
            try {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                } else if (line.startsWith("@hypothetical:")) {
                    hypothetical = PhraseGroup.parse(afterColon(line), ",");
                } else if (line.startsWith("@now:")) {
                    now = PhraseGroup.parse(afterColon(line), ",");
                } else {
                    patterns.add(pattern(line, where));
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        if (hypothetical == null || now == null) {
            problems.add(source + ": needs an @hypothetical: line and an @now: line");
        }
        if (patterns.isEmpty()) {
            problems.add(source + ": no patterns");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("red flags have problems:\n  " + String.join("\n  ", problems));
        }
        return new RedFlags(patterns, hypothetical, now);
    }

    private static String afterColon(String line) {
        return line.substring(line.indexOf(':') + 1);
    }

    private static RedFlagPattern pattern(String line, String where) {
        int bar = line.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("expected 'category | group + group', got '" + line + "'");
        }
        List<PhraseGroup> groups = new ArrayList<>();
        for (String group : line.substring(bar + 1).split("\\+")) {
            groups.add(PhraseGroup.parse(group, "\\|"));
        }
        return new RedFlagPattern(UrgentKind.fromLabel(line.substring(0, bar)), groups, where);
    }

    /** The first pattern the message matches, self-harm patterns first. */
    public Optional<RedFlag> find(String message) {
        return find(TextNormaliser.tokens(message));
    }

    /** As {@link #find(String)}, for the message's words as {@link TextNormaliser#tokens} makes them. */
    Optional<RedFlag> find(String[] words) {
        List<String> message = negationsJoined(words);
        RedFlagPattern flag = first(selfHarm, message);
        if (flag != null) {
            return Optional.of(new RedFlag(flag.kind(), flag.source(), false));
        }
        flag = first(medical, message);
        if (flag == null) {
            return Optional.empty();
        }
        boolean general = hypothetical.occursIn(message) && !now.occursIn(message);
        return Optional.of(new RedFlag(flag.kind(), flag.source(), general));
    }

    private static RedFlagPattern first(RedFlagPattern[] patterns, List<String> message) {
        for (RedFlagPattern pattern : patterns) {
            if (pattern.matches(message)) {
                return pattern;
            }
        }
        return null;
    }

    /** "can not", "cannot" and "cant" read "cant" (and so on), so that one phrase covers them all. */
    private static List<String> negationsJoined(String[] words) {
        List<String> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String negated = i + 1 < words.length && words[i + 1].equals("not") ? NEGATED.get(words[i]) : null;
            if (negated != null) {
                out.add(negated);
                i++;
            } else {
                out.add(words[i].equals("cannot") ? "cant" : words[i]);
            }
        }
        return out;
    }

    private static final Map<String, String> NEGATED = Map.of("can", "cant", "could", "couldnt",
            "do", "dont", "does", "doesnt", "will", "wont", "is", "isnt", "am", "amnot", "did", "didnt");

    /**
     * A red-flag match.
     *
     * @param kind         medical or self-harm
     * @param pattern      where the matching pattern is written (file:line), for logs and editors
     * @param hypothetical the message reads as a general or hypothetical question, not a report of something happening
     */
    public record RedFlag(UrgentKind kind, String pattern, boolean hypothetical) {}
}
