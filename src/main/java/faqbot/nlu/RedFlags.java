package faqbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private final RedFlagTerms terms;

    private RedFlags(List<RedFlagPattern> patterns, PhraseGroup hypothetical, PhraseGroup now, RedFlagTerms terms) {
        this.selfHarm = patterns.stream().filter(p -> p.kind() == UrgentKind.SELF_HARM).toArray(RedFlagPattern[]::new);
        this.medical = patterns.stream().filter(p -> p.kind() == UrgentKind.MEDICAL).toArray(RedFlagPattern[]::new);
        this.hypothetical = hypothetical;
        this.now = now;
        this.terms = terms;
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
        RedFlagTerms.Builder terms = new RedFlagTerms.Builder();
        PhraseGroup hypothetical = null;
        PhraseGroup now = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = source + ":" + (i + 1);
            try {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                } else if (line.startsWith("@hypothetical:")) {
                    hypothetical = PhraseGroup.parse(afterColon(line), ",", terms);
                } else if (line.startsWith("@now:")) {
                    now = PhraseGroup.parse(afterColon(line), ",", terms);
                } else {
                    patterns.add(pattern(line, where, terms));
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
        return new RedFlags(patterns, hypothetical, now, terms.build());
    }

    private static String afterColon(String line) {
        return line.substring(line.indexOf(':') + 1);
    }

    private static RedFlagPattern pattern(String line, String where, RedFlagTerms.Builder terms) {
        int bar = line.indexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("expected 'category | group + group', got '" + line + "'");
        }
        List<PhraseGroup> groups = new ArrayList<>();
        for (String group : line.substring(bar + 1).split("\\+")) {
            groups.add(PhraseGroup.parse(group, "\\|", terms));
        }
        return new RedFlagPattern(UrgentKind.fromLabel(line.substring(0, bar)), groups, where);
    }

    /** The first pattern the message matches, self-harm patterns first. */
    public Optional<RedFlag> find(String message) {
        return find(Tokens.of(message));
    }

    Optional<RedFlag> find(Tokens tokens) {
        FlagText text = terms.read(tokens);
        RedFlagPattern flag = first(selfHarm, text);
        if (flag != null) {
            return Optional.of(new RedFlag(flag.kind(), flag.source(), false));
        }
        flag = first(medical, text);
        if (flag == null) {
            return Optional.empty();
        }
        // asked only of a match: most messages match nothing
        boolean general = hypothetical.occursIn(text) && !now.occursIn(text);
        return Optional.of(new RedFlag(flag.kind(), flag.source(), general));
    }

    private static RedFlagPattern first(RedFlagPattern[] patterns, FlagText text) {
        for (RedFlagPattern pattern : patterns) {
            if (pattern.matches(text)) {
                return pattern;
            }
        }
        return null;
    }

    /**
     * A red-flag match.
     *
     * @param kind         medical or self-harm
     * @param pattern      where the matching pattern is written (file:line), for logs and editors
     * @param hypothetical the message reads as a general or hypothetical question, not a report of something happening
     */
    public record RedFlag(UrgentKind kind, String pattern, boolean hypothetical) {
    }
}
