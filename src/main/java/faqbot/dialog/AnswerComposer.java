package faqbot.dialog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import faqbot.corpus.Passage;
import faqbot.nlu.SentenceSplitter;
import faqbot.search.QuestionTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Picks the one to three sentences of a passage that answer the question, word for word from the corpus.
 * The cost depends on the passage's length only, never on the corpus size.
 */
final class AnswerComposer {

    /** Enough to answer, short enough to read on a phone. */
    static final int MAX_CHARS = 480;
    private static final int MAX_SENTENCES = 3;

    /** Passages split into sentences, by their text: a popular section is split once, not on every answer. */
    static final int SPLITS_KEPT = 4096;

    private final SentenceSplitter sentences;
    private final Cache<String, List<Unit>> split = Caffeine.newBuilder().maximumSize(SPLITS_KEPT).build();
    /** The analyzed terms of each sentence, by its text: the same whatever the question. */
    private final Cache<String, Set<String>> unitTerms = Caffeine.newBuilder().maximumSize(SPLITS_KEPT * 8).build();

    AnswerComposer(SentenceSplitter sentences) {
        this.sentences = sentences;
    }

    String compose(Passage passage, QuestionTerms question) {
        List<Unit> units = units(passage.isFaq() ? opening(passage.text()) : passage.text());
        if (units.isEmpty()) {
            return passage.heading();
        }
        int best = passage.isFaq() ? afterRestatedQuestion(units) : best(units, question);
        return joined(pick(units, best));
    }

    /**
     * Where an FAQ answer starts answering: many repeat their question first ("What causes scoliosis? The cause is …"),
     * which answers nothing.
     */
    private static int afterRestatedQuestion(List<Unit> units) {
        return units.size() > 1 && !units.get(0).listItem() && units.get(0).text().endsWith("?") ? 1 : 0;
    }

    /** Sentences run on as prose; list items, and what follows a list, start a new line. */
    private static String joined(List<Unit> picked) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < picked.size(); i++) {
            if (i > 0) {
                out.append(picked.get(i).listItem() || picked.get(i - 1).listItem() ? "\n" : " ");
            }
            out.append(picked.get(i).text());
        }
        return out.toString();
    }

    /** A sentence, or a list item. */
    record Unit(String text, boolean listItem) {
        boolean introducesList() {
            return !listItem && text.endsWith(":");
        }
    }

    /**
     * An FAQ answer is read from its start, and no answer is longer than {@link #MAX_CHARS} and a half: whole lines up
     * to four times that are all that can be picked from, so a ten-page answer costs no more than a short one.
     */
    static String opening(String text) {
        int end = 0;
        while (end < text.length() && end < MAX_CHARS * 4) {
            int next = text.indexOf('\n', end);
            end = next < 0 ? text.length() : next + 1;
        }
        return text.substring(0, end);
    }

    private List<Unit> units(String text) {
        return split.get(text, this::split);
    }

    private List<Unit> split(String text) {
        List<Unit> units = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("- ")) {
                units.add(new Unit(line, true));
            } else {
                sentences.split(line).forEach(s -> units.add(new Unit(s, false)));
            }
        }
        return List.copyOf(units);
    }

    private int best(List<Unit> units, QuestionTerms question) {
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < units.size(); i++) {
            double score = question.coverage(unitTerms.get(units.get(i).text(), question::termsOf));
            if (score > bestScore + 1e-9) {
                best = i;
                bestScore = score;
            }
        }
        // A list item means most together with the sentence that introduces its list.
        while (best > 0 && units.get(best).listItem()) {
            best--;
        }
        return bestScore <= 0 ? 0 : best;
    }

    /**
     * The best unit, then what follows it while it reads as one answer and fits. A sentence that introduces a list
     * ("Risks include:") comes with its list, at least its first item however long; an introduction that cannot be
     * followed by its list is left out rather than left hanging.
     */
    private static List<Unit> pick(List<Unit> units, int start) {
        List<Unit> out = new ArrayList<>();
        int chars = 0;
        int sentencesTaken = 0;
        int itemsOfList = 0;
        for (int i = start; i < units.size(); i++) {
            Unit unit = units.get(i);
            boolean continuesList = unit.listItem() && (i == start || units.get(i - 1).listItem() || units.get(i - 1).introducesList());
            if (!out.isEmpty() && !continuesList && (sentencesTaken >= MAX_SENTENCES || chars + unit.text().length() > MAX_CHARS)) {
                break;
            }
            if (!out.isEmpty() && continuesList && itemsOfList > 0 && chars + unit.text().length() > MAX_CHARS * 3 / 2) {
                break;
            }
            if (!out.isEmpty() && !continuesList && units.get(i - 1).listItem()) {
                break;
            }
            out.add(unit);
            chars += unit.text().length();
            itemsOfList = continuesList ? itemsOfList + 1 : 0;
            if (!unit.listItem()) {
                sentencesTaken++;
            }
            if (sentencesTaken >= 2 && !unit.introducesList() && chars > MAX_CHARS / 2) {
                break;
            }
        }
        if (out.size() > 1 && out.get(out.size() - 1).introducesList()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
