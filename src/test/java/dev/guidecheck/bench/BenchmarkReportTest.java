package dev.guidecheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.testng.annotations.Test;

/**
 * BENCHMARKS.md as the benchmark writes it: "met" only where the figure is within the line, the threads
 * beside the machine's own ceiling, and what a person wrote kept word for word.
 */
public class BenchmarkReportTest {

    private static Report measured(double oneThreadMs, double twoThreadsMs) {
        Report report = new Report(3);
        report.machine = "a test machine";
        report.peerOn = new PeerComparison.Pair(new PeerComparison.Stats(19_000, 30_000, 641 * 1024),
                new PeerComparison.Stats(26_800, 44_500, 514 * 1024));
        report.peerOff = new PeerComparison.Pair(new PeerComparison.Stats(24_000, 31_000, 600 * 1024),
                new PeerComparison.Stats(24_000, 40_000, 500 * 1024));
        report.threads.add(new Report.Threads("faithful", oneThreadMs, twoThreadsMs, 1.55, 1.90));
        report.threads.add(new Report.Threads("slow", 39_100, 27_000, 0.76, 1.30));
        report.ceilingBefore = new MachineCeiling.Result(1500, 1510, List.of(1473.0, 1497.0));
        report.ceilingAfter = new MachineCeiling.Result(1500, 2400, List.of());
        report.framework = 5692;
        report.frameworkNoShots = 5497;
        report.bare = 7854;
        report.pipeline = new PipelineTiming.Result(List.of(new PipelineTiming.Image("admin-settings.png", 94, 72)));
        report.coldMvnTest = 31_000;
        return report;
    }

    @Test
    public void aTargetIsMetOnlyWhenItsFigureIsWithinItsLine() {
        String md = measured(20_100, 24_800).render("");

        assertThat(md).contains("| guidecheck / peer, screenshots on, wall | 0.71x | at most 1.00x | met |")
                .contains("| guidecheck / peer, screenshots off, wall | 1.00x | at most 1.00x | met |")
                .contains("| guidecheck / bare Selenium loop (same loads, clicks and captures, one JVM) | 0.72x | at most 1.15x | met |")
                .contains("| 94 ms | at most 100 ms | met |")
                .contains("| 31.0 s | under 30 s | not met |")
                .contains("(whole main job: 20.1 s and 24.8 s; see Threads) | 0.81x | at least 1.60x | not met |");
        assertThat(measured(20_000, 12_500).render(""))
                .contains("(whole main job: 20.0 s and 12.5 s; see Threads) | 1.60x | at least 1.60x | met |");
    }

    @Test
    public void theThreadsAreShownForEachProfileBesideWhatTheMachinesCoresGive() {
        String md = measured(20_100, 24_800).render("");

        assertThat(md).contains("## Threads")
                .contains("| faithful | 20.1 s | 24.8 s | 0.81x | 1.55 | 1.90 |")
                .contains("| slow | 39.1 s | 27.0 s | 1.45x | 0.76 | 1.30 |")
                .contains("measured just before these runs: 1.99x (the same computation once on 1 thread: 1500 ms;"
                        + " twice at once on 2: 1510 ms); pinned to one core: core 0 1473 ms, core 1 1497 ms")
                .contains("and just after: 1.25x (the same computation once on 1 thread: 1500 ms; twice at once on 2: 2400 ms).");
    }

    @Test
    public void whatAPersonWroteIsKeptWordForWord() {
        String previous = """
                # Benchmarks
                old figures that are rewritten
                <!-- lint:begin -->
                lint figures, written by LintBenchmark
                <!-- lint:end -->

                <!-- notes:begin -->
                ## What the figures say
                Written by hand | with a pipe, and "quotes".
                <!-- notes:end -->
                """;

        String md = measured(20_100, 24_800).render(previous);

        assertThat(md).doesNotContain("old figures that are rewritten")
                .contains("<!-- lint:begin -->\nlint figures, written by LintBenchmark\n<!-- lint:end -->")
                .contains("<!-- notes:begin -->\n## What the figures say\nWritten by hand | with a pipe, and \"quotes\".\n<!-- notes:end -->");
        assertThat(md.indexOf("<!-- lint:begin -->")).isLessThan(md.indexOf("<!-- notes:begin -->"));
    }

    @Test
    public void aFileWithoutNotesGetsEmptyMarkersForThem() {
        assertThat(measured(20_100, 24_800).render(""))
                .contains("<!-- lint:begin -->\n<!-- lint:end -->")
                .endsWith("<!-- notes:begin -->\n<!-- notes:end -->\n");
    }
}
