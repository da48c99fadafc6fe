package dev.guidecheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A whole process, timed as the operating system counts it: wall time, the CPU time of the process and
 * every descendant it waited for (a browser's processes included), and the largest resident set of any
 * of them, read by GNU time ({@code /usr/bin/time}) so the benchmark's own JVM does not count.
 */
final class TimedProcess {

    /**
     * One run of a command.
     *
     * @param coresBusy how many of the machine's cores were busy on average while it ran, every process counted
     *                  (from /proc/stat; NaN where there is none): what the run left for a second thread
     */
    record Timing(double wallMs, double cpuMs, long peakRssKb, int exit, String output, double coresBusy) {
    }

    private TimedProcess() {
    }

    static Timing run(Path dir, Map<String, String> env, Duration timeout, List<String> command)
            throws IOException, InterruptedException {
        Path times = Files.createTempFile("guidecheck-bench", ".time");
        Path log = Files.createTempFile("guidecheck-bench", ".log");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long[] before = cpuTicks();
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeout);
        }
        long[] after = cpuTicks();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(times);
        String[] fields = lines.get(lines.size() - 1).trim().split("\\s+");
        Files.deleteIfExists(times);
        Files.deleteIfExists(log);
        return new Timing(Double.parseDouble(fields[0]) * 1000,
                (Double.parseDouble(fields[1]) + Double.parseDouble(fields[2])) * 1000,
                Long.parseLong(fields[3]), process.exitValue(), output, coresBusy(before, after));
    }

    /** Busy and all ticks of every core so far, from the first line of /proc/stat; null where there is none. */
    private static long[] cpuTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < f.length; i++) {
                all += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle and iowait
            return new long[]{all - idle, all};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static double coresBusy(long[] before, long[] after) {
        if (before == null || after == null || after[1] == before[1]) {
            return Double.NaN;
        }
        return Runtime.getRuntime().availableProcessors() * (double) (after[0] - before[0]) / (after[1] - before[1]);
    }
}
