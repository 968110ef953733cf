package faqbot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question-type detector learns the corpus's own questions' wording, never their diseases. */
class QuestionTypeModelTest {

    private static final List<String> CONDITIONS = List.of("Gout", "Lupus", "Asthma", "Marfan syndrome");

    private static List<TypedQuestion> corpusQuestions() {
        List<TypedQuestion> questions = new ArrayList<>();
        for (String c : CONDITIONS) {
            questions.add(new TypedQuestion("What is (are) " + c + " ?", List.of(c), "information"));
            questions.add(new TypedQuestion("What are the symptoms of " + c + " ?", List.of(c), "symptoms"));
            questions.add(new TypedQuestion("Is " + c + " inherited ?", List.of(c), "inheritance"));
            questions.add(new TypedQuestion("What are the treatments for " + c + " ?", List.of(c), "treatment"));
        }
        return questions;
    }

    @Test
    void visitorsOwnWordingsAreRecognisedAsTheCorpusTypes() throws Exception {
        QuestionTypeModel model = QuestionTypeModel.train(corpusQuestions(), false);

        assertThat(model.detect("does it run in families?")).map(QuestionTypeModel.Detected::type).contains("inheritance");
        assertThat(model.detect("what are the warning signs of psoriasis")).map(QuestionTypeModel.Detected::type).contains("symptoms");
        assertThat(model.detect("is there a cure for eczema")).map(QuestionTypeModel.Detected::type).contains("treatment");
    }

    @Test
    void theFocusIsCutOutSoNoDiseaseIsTiedToAType() {
        assertThat(QuestionTypeExamples.withoutNames("Is Marfan syndrome inherited ?", List.of("Marfan syndrome", "MFS")))
                .doesNotContain("marfan").contains("inherited");
    }

    @Test
    void theModelTravelsWithItsGeneration(@TempDir Path generation) throws Exception {
        QuestionTypeModel.train(corpusQuestions(), false).write(generation);

        assertThat(QuestionTypeModel.read(generation).orElseThrow().detect("is it hereditary"))
                .map(QuestionTypeModel.Detected::type).contains("inheritance");
    }

    @Test
    void aGenerationWithoutTypesHasNoModel(@TempDir Path generation) throws Exception {
        assertThat(QuestionTypeModel.read(generation)).isEmpty();
    }
}
