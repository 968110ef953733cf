package faqbot.publish;

import faqbot.index.GenerationCheck;
import faqbot.index.Manifest;
import faqbot.index.UnusableGenerationException;
import faqbot.search.PassageIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Opening a generation only after checking it whole, and loading the serving stages from it: what every served one passes. */
final class CheckedGeneration {

    private CheckedGeneration() {
    }

    /** Checks every file of the generation and the {@code required} ones, opens it and counts its passages. */
    static PassageIndex open(Path generation, List<String> required) throws IOException {
        Manifest manifest = GenerationCheck.check(generation, required);
        PassageIndex index;
        try {
            index = PassageIndex.open(generation);
        } catch (UnusableGenerationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnusableGenerationException(generation, "it cannot be opened (" + FailureText.of(e) + ")", e);
        }
        if (index.size() != manifest.passages()) {
            int size = index.size();
            index.close();
            throw new UnusableGenerationException(generation, "it holds " + size + " passages, its manifest says " + manifest.passages());
        }
        return index;
    }

    /** The index with {@code load} run on it; if that throws, the index is closed and the failure thrown. */
    static PassageIndex loaded(PassageIndex index, Consumer<PassageIndex> load) {
        try {
            load.accept(index);
            return index;
        } catch (RuntimeException e) {
            Builds.closeQuietly(index);
            throw e;
        }
    }
}
