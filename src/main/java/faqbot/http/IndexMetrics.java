package faqbot.http;

import faqbot.index.Manifest;
import faqbot.search.LiveIndex;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The index generation being served: its number, passages, documents and build time. Read live, so a hot swap shows.
 * The gauges hold this binder strongly: Micrometer keeps only a weak reference to a gauge's object by default, and
 * nothing else holds a binder once it is bound, so after the first garbage collection every gauge read NaN.
 */
final class IndexMetrics implements MeterBinder {

    private final LiveIndex index;

    IndexMetrics(LiveIndex index) {
        this.index = index;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("faqbot.index.generation", this, m -> generationNumber(m.manifest()))
                .description("Number of the index generation being served").strongReference(true).register(registry);
        Gauge.builder("faqbot.index.passages", this, m -> m.index.use(idx -> idx.size()))
                .description("Passages in the index being served").strongReference(true).register(registry);
        Gauge.builder("faqbot.index.documents", this, m -> m.manifest().documents())
                .description("Documents in the index being served").strongReference(true).register(registry);
        Gauge.builder("faqbot.index.built.timestamp", this, m -> builtAt(m.manifest()))
                .description("When the served generation was built, seconds since the epoch").baseUnit("seconds")
                .strongReference(true).register(registry);
    }

    private Manifest manifest() {
        return index.use(idx -> idx.manifest());
    }

    /** "gen-000042" is 42; a name without digits is 0. */
    static double generationNumber(Manifest manifest) {
        String digits = manifest.generation().replaceAll("[^0-9]", "");
        try {
            return digits.isEmpty() ? 0 : Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double builtAt(Manifest manifest) {
        try {
            return Instant.parse(manifest.builtAt()).getEpochSecond();
        } catch (DateTimeParseException | NullPointerException e) {
            return Double.NaN;
        }
    }
}
