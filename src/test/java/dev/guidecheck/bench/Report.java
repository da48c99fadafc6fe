package dev.guidecheck.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BENCHMARKS.md as the benchmark writes it: the measured figures, each target with "met" or "not met"
 * computed from them, and the parts written elsewhere kept as they are (the lint figures, which
 * {@code LintBenchmark} writes, and the notes a person writes about what limits the figures).
 */
final class Report {

    /** One run of the main job on a scratch docs tree. */
    record Scale(int pages, int threads, TimedProcess.Timing timing) {
    }

    /** The main job on 1 and on 2 threads against one replica profile: wall times and cores busy. */
    record Threads(String profile, double oneMs, double twoMs, double coresBusyOne, double coresBusyTwo) {

        double speedup() {
            return oneMs / twoMs;
        }
    }

    private static final Pattern KEPT = Pattern.compile("<!-- (lint|notes):begin -->.*?<!-- \\1:end -->", Pattern.DOTALL);

    final int runs;
    String machine = "";
    String playwright = "?";
    String peerSkipped;
    PeerComparison.Pair peerOn;
    PeerComparison.Pair peerOff;
    /** The replica as it is first, then its slow profile. */
    final List<Threads> threads = new ArrayList<>();
    MachineCeiling.Result ceilingBefore;
    MachineCeiling.Result ceilingAfter;
    final List<Scale> scale = new ArrayList<>();
    double framework;
    double frameworkNoShots;
    double bare;
    PipelineTiming.Result pipeline;
    /** The median wall time of {@code mvn test} on a fresh clone, in ms; 0 when not measured. */
    double coldMvnTest;
    long peakHeapBytes;

    Report(int runs) {
        this.runs = runs;
    }

    /** The new file: measured figures, then the kept sections of {@code previous} (or empty ones). */
    String render(String previous) {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Benchmarks

                Command (rewrites the measured part of this file and keeps the sections between its markers):

                    mvn -q -o compile resources:testResources compiler:testCompile exec:exec@benchmark

                Options: `-Dguidecheck.bench.runs=N` (default 5), `-Dguidecheck.bench.peer=DIR` (the Playwright peer,
                default `../shared/bench/peer`; its playwright-core is installed with `npm ci` under `target/bench/`).

                """);
        md.append("Machine: ").append(machine).append(". Date: ").append(LocalDate.now()).append(".\n");
        md.append("Each figure is the median of ").append(runs).append(" runs after one warm-up run unless it says otherwise.\n\n");

        md.append("## The main job against the hand-written Playwright peer\n\n");
        if (peerSkipped != null) {
            md.append("Not measured: ").append(peerSkipped).append("\n\n");
        } else {
            md.append("""
                    Whole processes, paired (the order alternates), on the same machine. guidecheck is started as
                    `java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp <runtime classpath> dev.guidecheck.suite.GuideCheckMain`
                    (the JVM options the pom gives the main job): it reads and lints the three
                    pages, starts its replica and a browser, replays the 10 procedures (47 steps), masks and verifies
                    secrets in the pixels, compares the 14 images with the docs tree's, and writes report.json,
                    summary.md and the Allure results. The peer (`node peer.js`, playwright-core %s) does the same
                    user-visible work against a replica started beforehand, and none of the rest.

                    | | guidecheck | peer | guidecheck / peer |
                    | --- | --- | --- | --- |
                    """.formatted(playwright));
            md.append(pairRows("screenshots on", peerOn)).append(pairRows("screenshots off", peerOff));
            md.append(String.format(Locale.ROOT, "| peak memory, the process and all its descendants together (proportional set sizes sampled every %d ms;"
                    + " the peer's replica runs in the benchmark's JVM and is not counted), screenshots on | %d MiB | %d MiB | |%n%n",
                    TimedProcess.SAMPLE_MS,
                    peerOn.guidecheck().peakMemoryKb() / 1024, peerOn.peer().peakMemoryKb() / 1024));
        }

        md.append("## Targets\n\n| what | measured | target | |\n| --- | --- | --- | --- |\n");
        if (peerSkipped == null) {
            target(md, "guidecheck / peer, screenshots on, wall", ratio(peerOn), "at most 1.00x", ratio(peerOn) <= 1.0);
            target(md, "guidecheck / peer, screenshots off, wall", ratio(peerOff), "at most 1.00x", ratio(peerOff) <= 1.0);
            Threads replica = threads.get(0);
            target(md, String.format(Locale.ROOT, "speed-up of 2 threads over 1 (whole main job: %s and %s; see Threads)",
                    ms(replica.oneMs()), ms(replica.twoMs())), replica.speedup(), "at least 1.60x", replica.speedup() >= 1.6);
        }
        double overBare = framework / bare;
        target(md, "guidecheck / bare Selenium loop (same loads, clicks and captures, one JVM)", overBare,
                "at most 1.15x", overBare <= 1.15);
        md.append(String.format(Locale.ROOT, "| screenshot pipeline per image (capture, mask, verify, compare, write;"
                        + " timed in place, of which the capture %.0f ms) | %.0f ms | at most 100 ms | %s |%n",
                pipeline.captureMs(), pipeline.pipelineMs(), pipeline.pipelineMs() <= 100 ? "met" : "not met"));
        if (coldMvnTest > 0) {
            md.append(String.format(Locale.ROOT, "| `mvn -B -q test` on a fresh clone of the last commit (Maven, compiling,"
                    + " the main job) | %.1f s | under 30 s | %s |%n", coldMvnTest / 1000, coldMvnTest < 30_000 ? "met" : "not met"));
        }
        md.append('\n');

        if (peerSkipped == null) {
            md.append("""
                    ## Threads

                    The main job, whole process, on 1 and on 2 threads (`guidecheck.threads`), against the replica as it is
                    and against its `slow` profile (every page answered 300 ms late, as a distant site). Cores busy: how many of
                    the machine's %d were busy on average while it ran, every process counted (from /proc/stat); with one
                    thread it says what is left for a second: 2 threads can be at most cores / (cores busy with one) faster.

                    | replica | 1 thread | 2 threads | speed-up | cores busy, 1 thread | cores busy, 2 threads |
                    | --- | --- | --- | --- | --- | --- |
                    """.formatted(Runtime.getRuntime().availableProcessors()));
            for (Threads t : threads) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2fx | %.2f | %.2f |%n", t.profile(), ms(t.oneMs()),
                        ms(t.twoMs()), t.speedup(), t.coresBusyOne(), t.coresBusyTwo()));
            }
            md.append("\nWhat this machine's cores give two threads of pure computation (`MachineCeiling`: deflating a"
                    + " buffer, nothing shared; two equal, free cores give 2.00x), measured just before these runs: ")
                    .append(ceilingBefore.describe()).append("; and just after: ").append(ceilingAfter.describe()).append(".\n\n");
        }

        if (!scale.isEmpty()) {
            md.append("## How cost grows\n\nOne run each: the main job on scratch docs trees of copies of the reference pages.\n\n");
            md.append("| pages | procedures | threads | wall | per procedure | peak memory, all processes |\n| --- | --- | --- | --- | --- | --- |\n");
            for (Scale s : scale) {
                int procedures = procedures(s.pages());
                md.append(String.format(Locale.ROOT, "| %d | %d | %d | %s | %.0f ms | %d MiB |%n", s.pages(), procedures,
                        s.threads(), ms(s.timing().wallMs()), s.timing().wallMs() / procedures, s.timing().peakMemoryKb() / 1024));
            }
            md.append('\n');
        }

        md.append("## In one JVM\n\nThe benchmark's own JVM, with the main job's JVM options (`-XX:+UseSerialGC -XX:TieredStopAtLevel=1`).\n"
                + "The first three in rounds, their order turning each round.\n\n| what | median |\n| --- | --- |\n");
        md.append(row("guidecheck: the two Locate procedures of one page (8 steps, 3 published images)", framework));
        md.append(row("guidecheck: the same with guidecheck.screenshots=off", frameworkNoShots));
        md.append(row("bare Selenium loop: the same loads, clicks, reads and 3 element screenshots", bare));
        for (PipelineTiming.Image image : pipeline.images()) {
            md.append(String.format(Locale.ROOT, "| screenshot pipeline for %s (of which the capture, masks applied and"
                    + " verified: %s) | %s |%n", image.name(), ms(image.captureMs()), ms(image.pipelineMs())));
        }
        md.append(String.format(Locale.ROOT, "%nPeak heap of the benchmark JVM (sum of heap pools' peaks): %d MiB.%n%n",
                peakHeapBytes / (1024 * 1024)));

        md.append(kept(previous, "lint")).append("\n\n").append(kept(previous, "notes")).append('\n');
        return md.toString();
    }

    /** The reference pages have 4, 4 and 2 procedures; scratch trees take them in turn. */
    private static int procedures(int pages) {
        int[] perPage = {4, 4, 2};
        int total = 0;
        for (int i = 0; i < pages; i++) {
            total += perPage[i % perPage.length];
        }
        return total;
    }

    private static String pairRows(String what, PeerComparison.Pair pair) {
        return String.format(Locale.ROOT, "| %s, wall | %s | %s | %.2fx |%n| %s, CPU (the machine's, from /proc/stat) | %s | %s | %.2fx |%n",
                what, ms(pair.guidecheck().wallMs()), ms(pair.peer().wallMs()), pair.guidecheck().wallMs() / pair.peer().wallMs(),
                what, ms(pair.guidecheck().cpuMs()), ms(pair.peer().cpuMs()), pair.guidecheck().cpuMs() / pair.peer().cpuMs());
    }

    private static double ratio(PeerComparison.Pair pair) {
        return pair.guidecheck().wallMs() / pair.peer().wallMs();
    }

    private static void target(StringBuilder md, String what, double value, String target, boolean met) {
        md.append(String.format(Locale.ROOT, "| %s | %.2fx | %s | %s |%n", what, value, target, met ? "met" : "not met"));
    }

    private static String row(String what, double ms) {
        return String.format(Locale.ROOT, "| %s | %s |%n", what, ms(ms));
    }

    private static String ms(double ms) {
        return ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    /** A section kept from the previous file, or its empty markers. */
    private static String kept(String previous, String name) {
        Matcher m = KEPT.matcher(previous);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group();
            }
        }
        return "<!-- " + name + ":begin -->\n<!-- " + name + ":end -->";
    }
}
