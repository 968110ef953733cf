package faqbot.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

/** The real model from the jar: what it makes of sentences, and of a passage longer than it reads. */
class EmbedderTest {

    private final Embedder embedder = Embedder.shared();

    @Test
    void aTextBecomesAUnitVectorOfTheModelsDimension() {
        float[] vector = embedder.embed("How long does recovery take after a knee replacement?").orElseThrow();

        assertThat(vector).hasSize(Embedder.DIMENSION);
        assertThat(VectorUtil.dotProduct(vector, vector)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
    }

    @Test
    void aQuestionInOtherWordsIsCloserThanAnUnrelatedOne() {
        float[] asked = vector("Can I drive a car after my operation?");
        float[] paraphrase = vector("When is it safe to get behind the wheel again after surgery?");
        float[] unrelated = vector("The cafeteria serves breakfast from seven until ten.");

        assertThat(VectorUtil.dotProduct(asked, paraphrase)).isGreaterThan(VectorUtil.dotProduct(asked, unrelated) + 0.2f);
    }

    @Test
    void aPassageLongerThanTheModelReadsIsCutAtAWordsEndWhereTheModelStops() {
        String sentence = "Osteoporosis makes bones thin and brittle, so they break more easily after a small fall. ";
        String passage = sentence.repeat(40);

        String cut = embedder.cut(passage);

        assertThat(cut.length()).isLessThan(passage.length()).isGreaterThan(sentence.length() * 10);
        assertThat(passage).startsWith(cut);
        assertThat(Character.isLetterOrDigit(passage.charAt(cut.length()))).as("cut inside a word").isFalse();
        assertThat(embedder.cut(cut)).isEqualTo(cut);
        assertThat(vector(passage)).containsExactly(vector(cut));
    }

    @Test
    void aTextWithNothingToReadHasNoVector() {
        assertThat(embedder.embed("   ")).isEqualTo(Optional.empty());
    }

    private float[] vector(String text) {
        return embedder.embed(text).orElseThrow();
    }
}
