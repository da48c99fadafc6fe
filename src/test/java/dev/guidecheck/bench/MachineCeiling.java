package dev.guidecheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;

/**
 * What a second thread can give on this machine at best: the same pure computation (no browser, no input or
 * output, nothing shared) done once on one thread and twice at once on two. On a machine whose cores are
 * equal and free, two threads do twice the work in the same time (2.00x); whatever is less is the machine's,
 * and no program's second thread gets more from it.
 *
 * <p>Each core's own speed is measured too, where {@code taskset} can pin a process to one core: a virtual
 * machine's cores are not always equal (one measured here did the same work 1.6 times slower on its second
 * core than on its first).
 *
 * <p>The work is deflating a buffer, as a PNG encoder does: native code, a few MiB, the cache as a page's
 * pixels use it.
 */
final class MachineCeiling {

    /**
     * The measurement.
     *
     * @param oneThreadMs  one thread doing the work once
     * @param twoThreadsMs two threads each doing it once, at the same time
     * @param perCoreMs    the work pinned to core 0, core 1, ...; empty where taskset is missing
     */
    record Result(double oneThreadMs, double twoThreadsMs, List<Double> perCoreMs) {

        /** Work done per unit of time on two threads over one: at most 2.00x on two equal, free cores. */
        double speedup() {
            return 2 * oneThreadMs / twoThreadsMs;
        }

        String describe() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "%.2fx (the same computation once on 1 thread: %.0f ms; twice at once on 2: %.0f ms)",
                    speedup(), oneThreadMs, twoThreadsMs));
            if (!perCoreMs.isEmpty()) {
                List<String> cores = new ArrayList<>();
                for (int core = 0; core < perCoreMs.size(); core++) {
                    cores.add(String.format(Locale.ROOT, "core %d %.0f ms", core, perCoreMs.get(core)));
                }
                text.append("; pinned to one core: ").append(String.join(", ", cores));
            }
            return text.toString();
        }
    }

    /** Rounds of deflate in one unit of work: about half a second on the machine this was written on. */
    private static final int ROUNDS = 12;
    private static final byte[] INPUT = input();

    private MachineCeiling() {
    }

    /**
     * With no argument, prints the whole measurement (how a person asks "what can threads give here?");
     * with a number of runs, as the parent pins it to a core, prints the median ms of the work, warmed up.
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.out.println(measure(3).describe());
            return;
        }
        int runs = Integer.parseInt(args[0]);
        List<Double> samples = new ArrayList<>();
        work();
        for (int i = 0; i < runs; i++) {
            samples.add(timed(MachineCeiling::work));
        }
        System.out.println(PeerComparison.median(samples));
    }

    static Result measure(int runs) throws Exception {
        work(); // the JIT and the caches warmed, before anything is timed
        List<Double> one = new ArrayList<>();
        List<Double> two = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            one.add(timed(MachineCeiling::work));
            two.add(timed(MachineCeiling::twice));
        }
        return new Result(PeerComparison.median(one), PeerComparison.median(two), perCore(runs));
    }

    private static void twice() {
        CompletableFuture<Void> other = CompletableFuture.runAsync(MachineCeiling::work, command -> {
            Thread thread = new Thread(command, "machine-ceiling");
            thread.setDaemon(true);
            thread.start();
        });
        work();
        try {
            other.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException | ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the second thread's work did not end", e);
        }
    }

    /** Each core's time for the work, in a JVM pinned to it; empty where taskset is missing or fails. */
    private static List<Double> perCore(int runs) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            return List.of();
        }
        List<Double> cores = new ArrayList<>();
        for (int core = 0; core < Runtime.getRuntime().availableProcessors(); core++) {
            Optional<Double> ms = pinned(core, runs);
            if (ms.isEmpty()) {
                return List.of();
            }
            cores.add(ms.get());
        }
        return cores;
    }

    private static Optional<Double> pinned(int core, int runs) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder("/usr/bin/taskset", "-c", Integer.toString(core), java,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), MachineCeiling.class.getName(),
                Integer.toString(runs)).redirectErrorStream(true).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return Optional.empty();
        }
        String output = new String(process.getInputStream().readAllBytes()).strip();
        if (process.exitValue() != 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(output.lines().reduce((first, last) -> last).orElse("")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static double timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** One unit of work; the compressed size is checked so that nothing can be skipped as unused. */
    private static void work() {
        long total = 0;
        byte[] out = new byte[INPUT.length + 1024];
        for (int round = 0; round < ROUNDS; round++) {
            Deflater deflater = new Deflater(6);
            try {
                deflater.setInput(INPUT);
                deflater.finish();
                while (!deflater.finished()) {
                    total += deflater.deflate(out);
                }
            } finally {
                deflater.end();
            }
        }
        if (total <= 0) {
            throw new IllegalStateException("deflate wrote nothing");
        }
    }

    /** 4 MiB like a screenshot's rows: runs of a few colours with noise, so deflate has work to do. */
    private static byte[] input() {
        byte[] bytes = new byte[4 << 20];
        long seed = 42;
        for (int i = 0; i < bytes.length; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int noise = (int) (seed >>> 60);
            bytes[i] = (byte) (((i / 97) % 5) * 40 + noise);
        }
        return bytes;
    }
}
