package faqbot.gaps;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Whether unanswered questions are kept, for how long and how many. Off unless the operator turns it on.
 *
 * @param file where the list is kept between restarts
 */
public record GapSettings(boolean enabled, int retentionDays, int maxQuestions, Path file) {

    public static final String ENABLED_ENV = "FAQBOT_GAPS";
    public static final String RETENTION_ENV = "FAQBOT_GAPS_RETENTION_DAYS";
    public static final String MAX_ENV = "FAQBOT_GAPS_MAX";
    public static final String FILE_ENV = "FAQBOT_GAPS_FILE";
    static final int DEFAULT_RETENTION_DAYS = 30;
    static final int DEFAULT_MAX = 500;

    public static GapSettings off() {
        return new GapSettings(false, DEFAULT_RETENTION_DAYS, DEFAULT_MAX, null);
    }

    /** From FAQBOT_GAPS=on, FAQBOT_GAPS_RETENTION_DAYS (30), FAQBOT_GAPS_MAX (500), FAQBOT_GAPS_FILE (index/gaps.json). */
    public static GapSettings fromEnvironment(Map<String, String> env, Path indexDir) {
        String on = env.getOrDefault(ENABLED_ENV, "").strip().toLowerCase(Locale.ROOT);
        boolean enabled = on.equals("on") || on.equals("true") || on.equals("1") || on.equals("yes");
        String file = env.getOrDefault(FILE_ENV, "").strip();
        return new GapSettings(enabled, positive(env.get(RETENTION_ENV), DEFAULT_RETENTION_DAYS, RETENTION_ENV),
                positive(env.get(MAX_ENV), DEFAULT_MAX, MAX_ENV), file.isEmpty() ? indexDir.resolve("gaps.json") : Path.of(file));
    }

    private static int positive(String raw, int fallback, String name) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(name + " must be a whole number above 0, not '" + raw + "'");
    }
}
