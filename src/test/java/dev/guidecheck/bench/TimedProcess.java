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
 * A whole process, timed as the operating system counts it: wall time (GNU time, {@code /usr/bin/time}), the CPU
 * time of every process on the machine while it ran, and the peak memory of the process and all its
 * descendants together.
 *
 * <p>Neither of the last two comes from GNU time, which counts only the descendants their parents waited for:
 * Chromium's renderer, GPU and utility processes are not among them, and for the main job it counted 18.8 s of
 * CPU where the machine was busy for 31.6 s, and a peak of 251 MiB (the JVM) while the renderer alone held
 * 800 MiB. The machine's CPU is read from /proc/stat (nothing else runs during a benchmark; the benchmark's own
 * JVM, which serves the peer its replica, is counted too), and memory is the processes' proportional set sizes
 * (shared pages divided among the processes sharing them) summed every {@value #SAMPLE_MS} ms.
 */
final class TimedProcess {

    /**
     * One run of a command.
     *
     * @param coresBusy how many of the machine's cores were busy on average while it ran, every process counted
     *                  (from /proc/stat; NaN where there is none): what the run left for a second thread
     */
    record Timing(double wallMs, double cpuMs, long peakMemoryKb, int exit, String output, double coresBusy) {
    }

    /** How often the memory of the process tree is sampled. */
    static final int SAMPLE_MS = 200;
    /** Ticks per second of /proc/stat (USER_HZ), 100 on every Linux architecture this runs on. */
    private static final int TICKS_PER_SECOND = 100;

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
        MemoryPeak memory = new MemoryPeak(process.toHandle());
        memory.start();
        boolean ended = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        memory.interrupt();
        memory.join();
        if (!ended) {
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
        double waitedForCpuMs = (Double.parseDouble(fields[1]) + Double.parseDouble(fields[2])) * 1000;
        double machineCpuMs = before == null || after == null ? waitedForCpuMs
                : (after[0] - before[0]) * 1000.0 / TICKS_PER_SECOND;
        return new Timing(Double.parseDouble(fields[0]) * 1000, machineCpuMs,
                memory.peakKb > 0 ? memory.peakKb : Long.parseLong(fields[3]), process.exitValue(), output, coresBusy(before, after));
    }

    /** Samples the summed memory of a process and its descendants until interrupted; keeps the largest sum. */
    private static final class MemoryPeak extends Thread {
        private final ProcessHandle root;
        private volatile long peakKb;

        MemoryPeak(ProcessHandle root) {
            this.root = root;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                long sum = kb(root.pid());
                for (ProcessHandle p : root.descendants().toList()) {
                    sum += kb(p.pid());
                }
                peakKb = Math.max(peakKb, sum);
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** The process's proportional set size in KiB (its resident set where the kernel gives none); 0 once gone. */
        private static long kb(long pid) {
            try {
                long rss = 0;
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                    if (line.startsWith("Pss:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                    if (line.startsWith("Rss:")) {
                        rss = Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
                return rss;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
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
