package faqbot.bench;

import java.util.Arrays;

/** Latencies of one load phase, in nanoseconds, with their percentiles. Thread-safe. */
final class Latencies {

    private long[] values = new long[1 << 16];
    private int count;
    private int errors;

    synchronized void add(long nanos, boolean ok) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
        errors += ok ? 0 : 1;
    }

    synchronized int count() {
        return count;
    }

    synchronized int errors() {
        return errors;
    }

    /** The p-th percentile in milliseconds (p in 0..100). */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int at = (int) Math.min(count - 1, Math.ceil(p / 100.0 * count) - 1);
        return sorted[Math.max(0, at)] / 1e6;
    }
}
