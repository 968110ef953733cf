package faqbot.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One MedQuAD question–answer pair as the benchmarks read it (MedQuAD, Ben Abacha &amp; Demner-Fushman 2019,
 * CC BY 4.0).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MedquadPair(String id, String focus, List<String> synonyms, String qtype, String question, String answer) {

    MedquadPair {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
