package dev.guidecheck.bench;

import dev.guidecheck.replica.Replica;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * guidecheck's main job against the hand-written Playwright peer ({@code ../shared/bench/peer}), both as
 * whole processes on this machine, in pairs whose order alternates, so neither always runs on a warmer
 * machine: guidecheck started as {@code java -cp <runtime classpath> GuideCheckMain} (its own replica
 * included), the peer as {@code node peer.js} against a replica this JVM started.
 */
final class PeerComparison {

    private static final Duration ONE_RUN = Duration.ofMinutes(5);

    /** Medians of guidecheck and the peer for one setting (screenshots on or off). */
    record Pair(Stats guidecheck, Stats peer) {
    }

    /** Medians of wall time, CPU time and the largest resident set over the runs. */
    record Stats(double wallMs, double cpuMs, long peakMemoryKb) {
        static Stats of(List<TimedProcess.Timing> runs) {
            return new Stats(median(runs.stream().map(TimedProcess.Timing::wallMs).toList()),
                    median(runs.stream().map(TimedProcess.Timing::cpuMs).toList()),
                    runs.stream().mapToLong(TimedProcess.Timing::peakMemoryKb).max().orElse(0));
        }
    }

    private final Path project;
    private final Path peerDir;
    private final int runs;

    private PeerComparison(Path project, Path peerDir, int runs) {
        this.project = project;
        this.peerDir = peerDir;
        this.runs = runs;
    }

    /**
     * The comparison, ready to run, or why it cannot run here (no node, no peer); the peer's
     * playwright-core is installed with {@code npm ci} into a copy under target/ on first use.
     */
    static PeerComparison prepare(Path project, Path peerSource, int runs) throws IOException, InterruptedException {
        if (!Files.isRegularFile(peerSource.resolve("peer.js"))) {
            throw new IllegalStateException("the peer is not at " + peerSource
                    + " (set -Dguidecheck.bench.peer to the folder holding peer.js)");
        }
        Path copy = project.resolve("target/bench/peer");
        Files.createDirectories(copy);
        for (String file : List.of("peer.js", "package.json", "package-lock.json")) {
            Files.copy(peerSource.resolve(file), copy.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(copy.resolve("node_modules/playwright-core"))) {
            TimedProcess.Timing install = TimedProcess.run(copy, Map.of(), Duration.ofMinutes(5),
                    List.of("npm", "ci", "--silent", "--no-audit", "--no-fund"));
            if (install.exit() != 0) {
                throw new IllegalStateException("npm ci failed in " + copy + ":\n" + install.output());
            }
        }
        return new PeerComparison(project, copy, runs);
    }

    /** One warm-up pair, then {@code runs} pairs; both must pass every time. */
    Pair compare(boolean screenshots) throws IOException, InterruptedException {
        Replica replica = new Replica().start();
        try {
            List<TimedProcess.Timing> ours = new ArrayList<>();
            List<TimedProcess.Timing> theirs = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                boolean peerFirst = i % 2 == 1;
                TimedProcess.Timing a = peerFirst ? peer(replica, screenshots) : guidecheck(screenshots, Map.of());
                TimedProcess.Timing b = peerFirst ? guidecheck(screenshots, Map.of()) : peer(replica, screenshots);
                if (i > 0) {
                    ours.add(peerFirst ? b : a);
                    theirs.add(peerFirst ? a : b);
                }
            }
            return new Pair(Stats.of(ours), Stats.of(theirs));
        } finally {
            replica.stop();
        }
    }

    /** The main job as a scheduler starts it, without Maven; must exit with {@code expected}. */
    TimedProcess.Timing guidecheck(boolean screenshots, Map<String, String> settings) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("guidecheck-bench");
        // The JVM options the pom gives the main job's JVM (guidecheck.surefire.argLine).
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx1g", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", runtimeClasspath(),
                "-Dguidecheck.out=" + work.resolve("guidecheck"),
                "-Dallure.results.directory=" + work.resolve("allure-results"),
                "-Dguidecheck.screenshots=" + (screenshots ? "check" : "off")));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("dev.guidecheck.suite.GuideCheckMain");
        TimedProcess.Timing timing = TimedProcess.run(project, Map.of(), ONE_RUN, command);
        if (timing.exit() != 0) {
            throw new IllegalStateException("guidecheck did not pass (exit " + timing.exit() + "):\n" + tail(timing.output()));
        }
        deleteTree(work);
        return timing;
    }

    private TimedProcess.Timing peer(Replica replica, boolean screenshots) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("guidecheck-bench-peer");
        List<String> command = new ArrayList<>(List.of("node", "peer.js",
                "--infusionsoft", replica.infusionsoftOrigin().toString(),
                "--portal", replica.developerPortalOrigin().toString(),
                "--out", out.toString(), "--quiet"));
        if (!screenshots) {
            command.add("--no-shots");
        }
        replica.reset();
        TimedProcess.Timing timing = TimedProcess.run(peerDir, Map.of(), ONE_RUN, command);
        if (timing.exit() != 0) {
            throw new IllegalStateException("the peer did not pass (exit " + timing.exit() + "):\n" + tail(timing.output()));
        }
        deleteTree(out);
        return timing;
    }

    /** The version of playwright-core the peer runs, as npm installed it. */
    Optional<String> playwrightVersion() {
        try {
            String json = Files.readString(peerDir.resolve("node_modules/playwright-core/package.json"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** This JVM's classpath without the project's test classes: what the main job runs with. */
    static String runtimeClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
