package faqbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's heap, read from outside with the JDK's own tools: live heap after a full GC (jcmd), and used heap
 * sampled every half second while load runs (jstat), whose peak includes garbage not yet collected.
 */
final class HeapProbe implements AutoCloseable {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final long pid;
    private Process jstat;
    private Thread reader;
    private volatile long peakKb;
    private volatile long sumKb;
    private volatile int samples;

    HeapProbe(long pid) {
        this.pid = pid;
    }

    /** MiB in use right after a full collection. */
    double liveMiBAfterFullGc() throws IOException, InterruptedException {
        run(List.of("jcmd", Long.toString(pid), "GC.run"));
        String info = run(List.of("jcmd", Long.toString(pid), "GC.heap_info"));
        Matcher m = USED.matcher(info);
        return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
    }

    void startSampling() throws IOException {
        jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "500").redirectErrorStream(true).start();
        reader = new Thread(this::readSamples, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
    }

    double peakMiB() {
        return peakKb / 1024.0;
    }

    double meanMiB() {
        return samples == 0 ? 0 : sumKb / 1024.0 / samples;
    }

    private void readSamples() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            List<String> columns = header == null ? List.of() : List.of(header.trim().split("\\s+"));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] v = line.trim().split("\\s+");
                long used = 0;
                for (String col : List.of("S0U", "S1U", "EU", "OU")) {
                    int i = columns.indexOf(col);
                    used += i >= 0 && i < v.length ? (long) Double.parseDouble(v[i]) : 0;
                }
                peakKb = Math.max(peakKb, used);
                sumKb += used;
                samples++;
            }
        } catch (IOException | NumberFormatException ignored) {
            // sampling ends with the process
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Override
    public void close() {
        if (jstat != null) {
            jstat.destroy();
            try {
                jstat.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // stopping anyway; the caller sees the flag
            }
        }
    }
}
