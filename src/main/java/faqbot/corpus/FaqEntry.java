package faqbot.corpus;

import java.util.List;
import java.util.Map;

/**
 * One row of an FAQ sheet, as read, before it becomes a passage.
 *
 * @param line where the row starts in its file
 * @param id the sheet's own id for the entry; blank when the sheet has none
 * @param alternates other wordings of the question
 * @param title the page the answer belongs to; blank to use the sheet's name
 * @param metadata the row's other fields (e.g. MedQuAD's focus, synonyms, qtype), kept for ranking
 */
record FaqEntry(int line, String id, String question, List<String> alternates, String answer, String url, String title,
        Map<String, List<String>> metadata) {

    FaqEntry {
        alternates = List.copyOf(alternates);
        metadata = Map.copyOf(metadata);
    }

    /** The first value of a metadata field, or "". */
    String meta(String name) {
        List<String> values = metadata.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0).strip();
    }
}
