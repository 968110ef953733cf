package faqbot.gaps;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import faqbot.dialog.UnansweredLog;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content team's list of questions the bot could not answer: scrubbed of personal details, counted,
 * de-duplicated, dropped after the retention period, capped in number, and kept in a file between restarts.
 * Records nothing unless enabled. Never logs the questions.
 */
public final class GapLog implements UnansweredLog, Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(GapLog.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** The list is saved at most this often while questions come in, and at shutdown. */
    private static final long FLUSH_MILLIS = 10_000;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final GapSettings settings;
    private final Scrubber scrubber;
    private final Clock clock;
    private final Map<String, Gap> gaps = new LinkedHashMap<>();
    private boolean dirty;
    private long lastFlush;

    public GapLog(GapSettings settings, Predicate<String> knownWord, Clock clock) {
        this.settings = settings;
        this.scrubber = new Scrubber(knownWord);
        this.clock = clock;
        if (settings.enabled()) {
            Scrubber.loadLists();
            load();
            flush();
        }
    }

    public GapSettings settings() {
        return settings;
    }

    @Override
    public void unanswered(String message) {
        if (!settings.enabled()) {
            return;
        }
        String question = scrubber.scrub(message);
        if (question.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        synchronized (this) {
            gaps.merge(question, new Gap(question, 1, today, today), (old, added) -> old.askedAgain(today));
            expire(today);
            dirty = true;
            if (clock.millis() - lastFlush >= FLUSH_MILLIS) {
                flush();
            }
        }
    }

    /** The kept questions, most asked first. */
    public synchronized List<Gap> list() {
        expire(LocalDate.now(clock));
        List<Gap> out = new ArrayList<>(gaps.values());
        out.sort(Comparator.comparingInt(Gap::count).reversed().thenComparing(Gap::lastAsked, Comparator.reverseOrder()));
        return out;
    }

    /** Writes the list to its file if it changed. */
    public synchronized void flush() {
        if (!dirty || settings.file() == null) {
            return;
        }
        try {
            Files.createDirectories(settings.file().toAbsolutePath().getParent());
            Path tmp = settings.file().resolveSibling(settings.file().getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            try (OutputStream out = Files.newOutputStream(createOwnerOnly(tmp))) {
                JSON.writerWithDefaultPrettyPrinter().writeValue(out, List.copyOf(gaps.values()));
            }
            Files.move(tmp, settings.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dirty = false;
            lastFlush = clock.millis();
        } catch (IOException e) {
            LOG.warn("cannot save the unanswered-questions list to {}: {}", settings.file(), e.getClass().getSimpleName());
        }
    }

    /** Patients' questions, even scrubbed, are for the content team only: readable by the server's user alone. */
    private static Path createOwnerOnly(Path file) throws IOException {
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file); // not a POSIX file system; the directory's own permissions apply
        }
    }

    @Override
    public void close() {
        flush();
    }

    /** Drops questions not asked within the retention period, then the least recently asked beyond the cap. */
    private void expire(LocalDate today) {
        LocalDate oldest = today.minusDays(settings.retentionDays());
        dirty |= gaps.values().removeIf(g -> g.lastAsked().isBefore(oldest));
        while (gaps.size() > settings.maxQuestions()) {
            Gap stalest = gaps.values().stream()
                    .min(Comparator.comparing(Gap::lastAsked).thenComparingInt(Gap::count)).orElseThrow();
            gaps.remove(stalest.question());
            dirty = true;
        }
    }

    private void keep(Gap gap) {
        if (gap.question().isEmpty()) {
            return;
        }
        dirty |= gaps.merge(gap.question(), gap, Gap::with) != gap;
    }

    /** A list written by an older version may be readable by all; from now on it is not. */
    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    private void load() {
        Path file = settings.file();
        if (file == null || !Files.exists(file)) {
            return;
        }
        try {
            ownerOnly(file);
            List<Gap> saved = JSON.readValue(file.toFile(), new TypeReference<List<Gap>>() { });
            // scrubbed again, for a list kept by an older scrubber that let names or dates through
            for (Gap g : saved) {
                String question = scrubber.scrub(g.question());
                dirty |= !question.equals(g.question());
                keep(new Gap(question, g.count(), g.firstAsked(), g.lastAsked()));
            }
            expire(LocalDate.now(clock));
        } catch (IOException e) {
            LOG.warn("cannot read the unanswered-questions list {}; starting a new one: {}", file, e.getClass().getSimpleName());
        }
    }
}
