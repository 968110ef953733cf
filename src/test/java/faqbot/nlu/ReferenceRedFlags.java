package faqbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The red-flag matcher as it was before {@link RedFlagTerms} (commit 459cf13), with its RedFlagText, PhraseGroup,
 * Phrase and RedFlagPattern, kept as the reference the fast matcher must agree with: tokens re-read from the
 * message, negations joined into new Strings, phrases compared as Strings.
 */
final class ReferenceRedFlags {

    private final List<RedFlagPattern> patterns;
    private final PhraseGroup hypothetical;
    private final PhraseGroup now;

    private ReferenceRedFlags(List<RedFlagPattern> patterns, PhraseGroup hypothetical, PhraseGroup now) {
        this.patterns = List.copyOf(patterns);
        this.hypothetical = hypothetical;
        this.now = now;
    }

    static ReferenceRedFlags load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read red flags " + file, e);
        }
    }

    /** Parses the file's lines; every malformed line is reported as source:line. */
    static ReferenceRedFlags parse(List<String> lines, String source) {
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
        return new ReferenceRedFlags(patterns, hypothetical, now);
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
    Optional<RedFlags.RedFlag> find(String message) {
        List<String> tokens = RedFlagText.tokens(message);
        Set<String> words = new HashSet<>(tokens);
        Optional<RedFlagPattern> selfHarm = first(tokens, words, UrgentKind.SELF_HARM);
        if (selfHarm.isPresent()) {
            return selfHarm.map(p -> new RedFlags.RedFlag(p.kind(), p.source(), false));
        }
        boolean general = hypothetical.occursIn(tokens, words) && !now.occursIn(tokens, words);
        return first(tokens, words, UrgentKind.MEDICAL).map(p -> new RedFlags.RedFlag(p.kind(), p.source(), general));
    }

    private Optional<RedFlagPattern> first(List<String> tokens, Set<String> words, UrgentKind kind) {
        for (RedFlagPattern pattern : patterns) {
            if (pattern.kind() == kind && pattern.matches(tokens, words)) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }

    /** Tokens for red-flag matching: normalised words with negations joined, so "can not" and "cannot" both read "cant". */
    static final class RedFlagText {

        private static final Map<String, String> NEGATED = Map.of(
                "can", "cant", "cannot", "cant", "could", "couldnt", "do", "dont", "does", "doesnt",
                "will", "wont", "is", "isnt", "am", "amnot", "did", "didnt");

        private RedFlagText() {
        }

        static List<String> tokens(String text) {
            List<String> raw = Arrays.asList(TextNormaliser.tokens(text));
            List<String> joined = new ArrayList<>(raw.size());
            for (int i = 0; i < raw.size(); i++) {
                String token = raw.get(i);
                boolean negation = i + 1 < raw.size() && raw.get(i + 1).equals("not") && NEGATED.containsKey(token);
                if (token.equals("cannot")) {
                    joined.add("cant");
                } else if (negation) {
                    joined.add(NEGATED.get(token));
                    i++;
                } else {
                    joined.add(token);
                }
            }
            return joined;
        }
    }

    /** Alternative phrases written "a|b c|d*": the group occurs where any one of them occurs. */
    record PhraseGroup(List<Phrase> alternatives) {

        static PhraseGroup parse(String text, String separator) {
            List<Phrase> phrases = Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Phrase::parse).toList();
            if (phrases.isEmpty()) {
                throw new IllegalArgumentException("no alternatives in '" + text + "'");
            }
            return new PhraseGroup(phrases);
        }

        /** Every occurrence as [first token, last token]; {@code words} is the set of the tokens. */
        List<int[]> spansIn(List<String> tokens, Set<String> words) {
            List<int[]> spans = new ArrayList<>(2);
            for (Phrase phrase : alternatives) {
                if (!phrase.mayStartIn(tokens, words)) {
                    continue;
                }
                for (int start : phrase.startsIn(tokens)) {
                    spans.add(new int[] {start, start + phrase.length() - 1});
                }
            }
            return spans;
        }

        /** False when no alternative can start in a message with these words: a set lookup, no scan. */
        boolean mayOccurIn(List<String> tokens, Set<String> words) {
            for (Phrase phrase : alternatives) {
                if (phrase.mayStartIn(tokens, words)) {
                    return true;
                }
            }
            return false;
        }

        boolean occursIn(List<String> tokens, Set<String> words) {
            for (Phrase phrase : alternatives) {
                if (phrase.mayStartIn(tokens, words) && !phrase.startsIn(tokens).isEmpty()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A few words in a row; a last word ending in "*" matches any word starting with it ("numb*" → "numbness"). */
    record Phrase(List<String> words) {

        /** Parses "word", "two words" or "word*"; words are normalised like message text. */
        static Phrase parse(String text) {
            List<String> words = new ArrayList<>();
            for (String word : text.strip().split("\\s+")) {
                boolean prefix = word.endsWith("*");
                String normalised = TextNormaliser.normalise(prefix ? word.substring(0, word.length() - 1) : word);
                if (normalised.isEmpty() || normalised.contains(" ")) {
                    throw new IllegalArgumentException("'" + word + "' is not a single word");
                }
                words.add(prefix ? normalised + "*" : normalised);
            }
            return new Phrase(List.copyOf(words));
        }

        /** Start positions of every occurrence in the tokens. */
        List<Integer> startsIn(List<String> tokens) {
            List<Integer> starts = null; // most phrases occur in no message: nothing is allocated for them
            for (int start = 0; start + words.size() <= tokens.size(); start++) {
                if (matchesAt(tokens, start)) {
                    if (starts == null) {
                        starts = new ArrayList<>();
                    }
                    starts.add(start);
                }
            }
            return starts == null ? List.of() : starts;
        }

        private boolean matchesAt(List<String> tokens, int start) {
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                String token = tokens.get(start + i);
                // "numb*": the token starts with "numb" (compared in place: this runs for every pattern on every message)
                boolean ok = word.endsWith("*") ? token.regionMatches(0, word, 0, word.length() - 1) : token.equals(word);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the phrase could start in a message: false when no token is its first word (or starts like it).
         * {@code words} is the set of the tokens, for a lookup instead of a scan.
         */
        boolean mayStartIn(List<String> tokens, Set<String> words) {
            String first = this.words.get(0);
            if (!first.endsWith("*")) {
                return words.contains(first);
            }
            for (String token : tokens) {
                if (token.regionMatches(0, first, 0, first.length() - 1)) {
                    return true;
                }
            }
            return false;
        }

        int length() {
            return words.size();
        }
    }

    /** One line of redflags.txt: every group must occur within {@link #WINDOW} words of the others. */
    record RedFlagPattern(UrgentKind kind, List<PhraseGroup> groups, String source) {

        static final int WINDOW = 8;

        /** Whether the message matches; {@code words} is the set of its tokens, to reject most patterns at once. */
        boolean matches(List<String> tokens, Set<String> words) {
            for (PhraseGroup group : groups) {
                if (!group.mayOccurIn(tokens, words)) {
                    return false;
                }
            }
            List<List<int[]>> spans = new ArrayList<>();
            for (PhraseGroup group : groups) {
                List<int[]> found = group.spansIn(tokens, words);
                if (found.isEmpty()) {
                    return false;
                }
                spans.add(found);
            }
            return closeEnough(spans, 0, Integer.MAX_VALUE, Integer.MIN_VALUE);
        }

        // Tries every combination of occurrences; patterns have few groups and messages are short.
        private static boolean closeEnough(List<List<int[]>> spans, int group, int first, int last) {
            if (group == spans.size()) {
                return last - first < WINDOW;
            }
            for (int[] span : spans.get(group)) {
                if (closeEnough(spans, group + 1, Math.min(first, span[0]), Math.max(last, span[1]))) {
                    return true;
                }
            }
            return false;
        }
    }
}
