package dev.guidecheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.guidecheck.guide.Corpus;
import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.GuideReader;
import dev.guidecheck.lint.GuideLint;
import dev.guidecheck.steps.Coverage;
import dev.guidecheck.steps.Phrases;

/**
 * The lint benchmark behind BENCHMARKS.md: the 72 corpus pages linted in one run (the first run in a fresh
 * JVM, then the median of five), and a 1,600-page site made of copies of them, with the time spent reading
 * pages (front matter, Liquid, Markdown) apart from the rules, and the peak heap. It rewrites only the part
 * of BENCHMARKS.md between {@code <!-- lint:begin -->} and {@code <!-- lint:end -->}:
 *
 * <pre>mvn -q -o compile resources:testResources compiler:testCompile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx512m -cp %classpath dev.guidecheck.bench.LintBenchmark BENCHMARKS.md"</pre>
 * (the plugin's own configuration names the replica as the main class, so exec:java would start that).
 */
public final class LintBenchmark {

    private static final String BEGIN = "<!-- lint:begin -->";
    private static final String END = "<!-- lint:end -->";
    private static final int BIG_SITE = 1600;

    private LintBenchmark() {
    }

    /** One timed run: pages, wall and CPU time and wall time reading in ms, findings. */
    private record Run(int pages, double totalMs, double cpuMs, double readMs, int findings) {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args.length > 0 ? args[0] : "BENCHMARKS.md");
        Path corpus = Corpus.root();
        List<String> pages = Corpus.pages();

        Run cold = run(corpus, pages);
        List<Run> warm = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            warm.add(run(corpus, pages));
        }
        warm.sort(Comparator.comparingDouble(Run::totalMs));
        Run median = warm.get(2);

        Path site = Files.createTempDirectory("lint-bench-");
        try {
            List<String> bigPages = copies(corpus, site, BIG_SITE);
            System.gc();
            resetPeaks();
            Run big = run(site, bigPages);
            long peakHeap = peakHeapBytes();
            String section = section(cold, median, big, peakHeap);
            System.out.println(section);
            write(results, section);
        } finally {
            delete(site);
        }
    }

    /** Reads and lints every page with one reader and one lint, as a run does. */
    private static Run run(Path root, List<String> pages) {
        Phrases phrases = new Phrases();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        GuideReader reader = new GuideReader(root);
        GuideLint lint = new GuideLint(root, step -> phrases.bind(step).isPresent(), Coverage::notCovered,
                GuideLint.CREDENTIALS_SECTION);
        long reading = 0;
        int findings = 0;
        for (String page : pages) {
            long before = System.nanoTime();
            GuidePage guide = reader.read(page);
            reading += System.nanoTime() - before;
            findings += lint.lint(guide).size();
        }
        return new Run(pages.size(), (System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6,
                reading / 1e6, findings);
    }

    /** A site of {@code count} pages: the corpus with its pages copied under new element names. */
    private static List<String> copies(Path corpus, Path site, int count) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.toList()) {
                Path target = site.resolve(corpus.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        List<String> originals = Corpus.pages();
        List<String> pages = new ArrayList<>(originals);
        for (int copy = 1; pages.size() < count; copy++) {
            for (String page : originals) {
                if (pages.size() == count) {
                    break;
                }
                String copied = page.replace("/setup.md", "-copy" + copy + "/setup.md");
                Path target = site.resolve(copied);
                Files.createDirectories(target.getParent());
                Files.copy(site.resolve(page), target);
                pages.add(copied);
            }
        }
        return pages;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static String section(Run cold, Run warm, Run big, long peakHeap) {
        return String.format(Locale.ROOT, """
                ## Lint

                Lint of the devportal corpus (`src/test/resources/devportal-corpus`, %d pages) and of a %,d-page
                site made of copies of it, in one JVM on this machine (%d cores, max heap %d MB), with the real
                phrase catalogue and coverage. Reading is front matter, Liquid and Markdown; the rest is the rules.
                Rewritten by `mvn -q -o compile resources:testResources compiler:testCompile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
                -Dexec.args="-Xmx512m -cp %%classpath dev.guidecheck.bench.LintBenchmark BENCHMARKS.md"` (a JVM of its
                own, so the first run is the first after start-up and the heap is bounded).

                | run | pages | wall time | CPU time | of which reading (wall) | wall per page | findings |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: |
                | corpus, first run in the JVM (class loading, parsers built) | %d | %.0f ms | %.0f ms | %.0f ms | %.1f ms | %d |
                | corpus, median of 5 more runs | %d | %.0f ms | %.0f ms | %.0f ms | %.1f ms | %d |
                | %,d-page site | %d | %.0f ms | %.0f ms | %.0f ms | %.1f ms | %d |

                Load average when measured: %.1f on %d cores (other builds share this machine); the CPU time
                is the lint thread's own, which contention for the cores does not inflate.

                Peak heap while linting the %,d-page site: %d MB (the sum of the heap pools' peaks; each page's
                model and findings are dropped once linted, so memory does not grow with the site).
                Targets: corpus under 3 s after start-up, %,d pages under 20 s.
                """, cold.pages(), big.pages(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                cold.pages(), cold.totalMs(), cold.cpuMs(), cold.readMs(), cold.totalMs() / cold.pages(), cold.findings(),
                warm.pages(), warm.totalMs(), warm.cpuMs(), warm.readMs(), warm.totalMs() / warm.pages(), warm.findings(),
                big.pages(), big.pages(), big.totalMs(), big.cpuMs(), big.readMs(), big.totalMs() / big.pages(), big.findings(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors(),
                big.pages(), peakHeap / (1024 * 1024), BIG_SITE);
    }

    /** Replaces the text between the markers, adding them at the end of the file when it has none. */
    private static void write(Path results, String section) throws IOException {
        String text = Files.exists(results) ? Files.readString(results, StandardCharsets.UTF_8) : "";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String replaced = begin >= 0 && end > begin
                ? text.substring(0, begin + BEGIN.length()) + "\n" + section + text.substring(end)
                : text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "\n" + BEGIN + "\n" + section + END + "\n";
        Files.writeString(results, replaced, StandardCharsets.UTF_8);
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
