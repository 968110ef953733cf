package faqbot.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** What one load phase measured: requests by status, connection errors, latency in microseconds. */
record LoadResult(String endpoint, String mode, double targetRate, double seconds, Map<Integer, Long> statuses,
        long ioErrors, Histogram latencyMicros) {

    static LoadResult merge(String endpoint, String mode, double rate, double seconds, List<Tally> tallies) {
        Map<Integer, Long> statuses = new TreeMap<>();
        Histogram latency = LoadPhase.newHistogram();
        long ioErrors = 0;
        for (Tally t : tallies) {
            t.statuses.forEach((status, n) -> statuses.merge(status, n, Long::sum));
            latency.add(t.latency);
            ioErrors += t.ioErrors;
        }
        return new LoadResult(endpoint, mode, rate, seconds, statuses, ioErrors, latency);
    }

    long requests() {
        return statuses.values().stream().mapToLong(Long::longValue).sum() + ioErrors;
    }

    long ok() {
        return statuses.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToLong(Map.Entry::getValue).sum();
    }

    /** Refused to protect the server: 429 and 503. */
    long shed() {
        return statuses.getOrDefault(429, 0L) + statuses.getOrDefault(503, 0L);
    }

    /** Neither answered nor deliberately refused. */
    long errors() {
        return requests() - ok() - shed();
    }

    double throughput() {
        return requests() / seconds;
    }

    double percentileMillis(double percentile) {
        return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    String line() {
        return String.format("%-16s %-11s %9s %8d %9.0f/s %7.2f %7.2f %7.2f %8.2f  %s%s",
                endpoint, mode, targetRate > 0 ? String.format("%.0f/s", targetRate) : "max", requests(), throughput(),
                percentileMillis(50), percentileMillis(99), percentileMillis(99.9), latencyMicros.getMaxValue() / 1000.0,
                statuses, ioErrors > 0 ? " io-errors=" + ioErrors : "");
    }

    static String header() {
        return String.format("%-16s %-11s %9s %8s %11s %7s %7s %7s %8s  %s",
                "endpoint", "mode", "target", "requests", "throughput", "p50 ms", "p99 ms", "p99.9ms", "max ms", "statuses");
    }

    /** One worker's counts; merged when the phase ends. */
    static final class Tally {
        final Map<Integer, Long> statuses = new TreeMap<>();
        final Histogram latency = LoadPhase.newHistogram();
        long ioErrors;

        void record(int status, long nanos) {
            statuses.merge(status, 1L, Long::sum);
            latency.recordValue(Math.min(latency.getHighestTrackableValue(), Math.max(1, nanos / 1000)));
        }

        void ioError(long nanos) {
            ioErrors++;
            latency.recordValue(Math.min(latency.getHighestTrackableValue(), Math.max(1, nanos / 1000)));
        }
    }
}
