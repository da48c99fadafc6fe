package dev.guidecheck.bench;

import dev.guidecheck.Account;
import dev.guidecheck.Settings;
import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSession;
import dev.guidecheck.browser.BrowserSettings;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.ReplicaProfiles;
import dev.guidecheck.replica.Site;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.suite.GuideRun;
import dev.guidecheck.suite.QuietLogs;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * The benchmark behind BENCHMARKS.md: the main job against the hand-written Playwright peer as whole
 * processes (screenshots on and off), 1 and 2 threads (on the replica and on its slow profile, beside what the
 * machine's cores give two threads of pure computation, {@link MachineCeiling}), 1, 3 and 30 pages, guidecheck against a bare
 * Selenium loop in one JVM, the screenshot pipeline per image (timed in place, {@link PipelineTiming}), a cold
 * {@code mvn test} on a fresh clone, peak memory. Medians of {@code guidecheck.bench.runs} (default
 * {@value #RUNS}) runs after one warm-up. Run it with the command in BENCHMARKS.md; it rewrites that file's
 * measured part and keeps its notes.
 */
public final class GuideBenchmark {

    static final int RUNS = 5;
    private static final String CRM = "docs/elements/infusionsoft-crm/setup.md";
    private static final List<String> LOCATE = List.of("To find your Encrypted Key", "To find your OAuth 2.0 credentials");

    public static void main(String[] args) {
        int status;
        try {
            run(args);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // The shared replica's server threads are not daemons: without this the command never ends, failed or not
        // (a failed run once stayed up for an hour and a half, holding its ports, after Maven had been left waiting).
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        // As a run's console: the servers and Selenium say only warnings, and not the CDP version one.
        QuietLogs.configure(false);
        // The pom points the temporary folder into target/bench; it must exist before the first is made there.
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Path results = Path.of(args.length > 0 ? args[0] : "BENCHMARKS.md");
        Path project = Path.of("").toAbsolutePath();
        int runs = Integer.getInteger("guidecheck.bench.runs", RUNS);
        Path peerSource = Path.of(System.getProperty("guidecheck.bench.peer", "../shared/bench/peer"));
        Replica.shared(ReplicaProfiles.named(ReplicaProfiles.FAITHFUL).orElseThrow());
        Report report = new Report(runs);

        // 1. The main job against the hand-written Playwright peer, whole processes, screenshots on and off.
        try {
            PeerComparison peer = PeerComparison.prepare(project, peerSource, runs);
            report.playwright = peer.playwrightVersion().orElse("?");
            report.peerOn = peer.compare(true);
            report.peerOff = peer.compare(false);
            // 2. Threads, whole process: the same work on 1 and 2 lanes, against the replica as it is and against
            // its slow profile (every page late, as a distant site), where a lane waits more than it works.
            // How busy the cores were says what a second thread could get at best: 2 / (cores busy with one);
            // the machine's own ceiling, before and after, says what its cores gave while these ran.
            report.ceilingBefore = MachineCeiling.measure(runs);
            report.threads.add(threads(peer, runs, ReplicaProfiles.FAITHFUL));
            report.threads.add(threads(peer, runs, "slow"));
            report.ceilingAfter = MachineCeiling.measure(runs);
            // 3. How cost grows with the number of pages (copies of the reference pages).
            for (int pages : new int[] {1, 3, 30}) {
                Path docs = ScratchDocs.withPages(pages);
                Map<String, String> settings = Map.of("guidecheck.docs", docs.toString(),
                        "guidecheck.pages", String.join(",", ScratchDocs.pagePaths(docs)));
                report.scale.add(new Report.Scale(pages, 1, peer.guidecheck(true, settings)));
                if (pages == 30) {
                    Map<String, String> two = new java.util.HashMap<>(settings);
                    two.put("guidecheck.threads", "2");
                    report.scale.add(new Report.Scale(pages, 2, peer.guidecheck(true, two)));
                }
            }
        } catch (IllegalStateException e) {
            report.peerSkipped = e.getMessage();
            // The whole of it here, as it happened: the file shows only its first line.
            e.printStackTrace();
        }

        // 4. In this JVM: guidecheck against a bare Selenium loop doing the same loads, clicks and captures.
        // In rounds, the order turning each round, so that a change in the machine's load falls on all three.
        List<Timed> trio = List.of(
                () -> guideRun(Map.of("guidecheck.pages", CRM), p -> LOCATE.contains(p.title())),
                () -> guideRun(Map.of("guidecheck.pages", CRM, "guidecheck.screenshots", "off"),
                        p -> LOCATE.contains(p.title())),
                GuideBenchmark::bareLoop);
        List<Double> medians = interleavedMedians(runs, trio);
        report.framework = medians.get(0);
        report.frameworkNoShots = medians.get(1);
        report.bare = medians.get(2);
        // 5. The screenshot pipeline per image, timed in place on the three screens those procedures publish.
        report.pipeline = PipelineTiming.measure(Math.max(10, runs));
        // 6. The main job as a newcomer first runs it: mvn test on a fresh clone, compiling included.
        report.coldMvnTest = coldMvnTest(project, runs);
        report.peakHeapBytes = peakHeapBytes();
        report.machine = machine();

        String text = report.render(Files.exists(results) ? Files.readString(results) : "");
        Files.writeString(results, text);
        System.out.println(text);
    }

    /**
     * {@code mvn -B -q test} in a fresh clone of the project's last commit, in ms: Maven starting, compiling the
     * sources, the main job. The clone is new each time (nothing compiled); Maven's local repository and the
     * operating system's file cache are as the machine has them.
     */
    private static double coldMvnTest(Path project, int runs) throws Exception {
        return median(runs, () -> {
            Path clone = Files.createTempDirectory("guidecheck-clone");
            try {
                Process git = new ProcessBuilder("git", "clone", "-q", project.toString(), clone.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!git.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || git.exitValue() != 0) {
                    throw new IllegalStateException("git clone " + project + " failed");
                }
                TimedProcess.Timing timing = TimedProcess.run(clone, Map.of(), Duration.ofMinutes(5),
                        List.of("mvn", "-B", "-q", "test"));
                if (timing.exit() != 0) {
                    throw new IllegalStateException("mvn test on a fresh clone exited " + timing.exit() + ":\n"
                            + timing.output());
                }
                return timing.wallMs();
            } finally {
                PeerComparison.deleteTree(clone);
            }
        });
    }

    /** Some procedures, one after the other, in ms; the replica is already up. */
    private static double guideRun(Map<String, String> extra, Predicate<Procedure> which) throws IOException {
        Properties props = new Properties();
        props.setProperty("guidecheck.out", Files.createTempDirectory("guidecheck-bench").toString());
        extra.forEach(props::setProperty);
        long start = System.nanoTime();
        try (GuideRun run = new GuideRun(Settings.from(props, Map.of()), new PrintStream(OutputStream.nullOutputStream()))) {
            for (GuideRun.PageRun page : run.pages()) {
                for (Procedure procedure : page.guide().orElseThrow().procedures()) {
                    if (which.test(procedure)) {
                        ProcedureResult result = run.replay(page, procedure, new ReplayListener() {
                        });
                        if (result.failure().isPresent()) {
                            throw new IllegalStateException(procedure.title() + ": " + result.failure().get().message());
                        }
                    }
                }
                run.checkCredentials(page);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * The two Locate procedures written as a plain Selenium script: no guide, no page objects, no
     * masking; explicit waits on the same elements, element screenshots instead of the pipeline.
     */
    private static double bareLoop() throws IOException {
        Replica replica = Replica.shared(ReplicaProfiles.named(ReplicaProfiles.FAITHFUL).orElseThrow());
        replica.reset();
        Path out = Files.createTempDirectory("guidecheck-bare");
        long start = System.nanoTime();
        try (BrowserSession session = BrowserFactory.of(BrowserSettings.defaults()).open()) {
            WebDriver driver = session.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50));
            Account app = replica.account(Site.INFUSIONSOFT);
            driver.get(replica.infusionsoftOrigin() + "/");
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Log In"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.signin-box input[type=email]"))).sendKeys(app.username());
            driver.findElement(By.cssSelector("form.signin-box input[type=password]")).sendKeys(app.password());
            driver.findElement(By.cssSelector("form.signin-box button[type=submit]")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-launcher-button"))).click();
            WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("app-menu")));
            Files.write(out.resolve("menu.png"), panel.getScreenshotAs(OutputType.BYTES));
            driver.findElement(By.xpath("//*[@id='app-menu']//*[contains(@class,'app-menu-column')][.//*[contains(@class,'app-menu-heading')][normalize-space()='Admin' or normalize-space()='ADMIN']]//*[contains(@class,'app-menu-footer')]//a[normalize-space()='Settings']")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'settings-categories')]//a[normalize-space()='Application']"))).click();
            WebElement api = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//section[contains(@class,'settings-section')][h3[normalize-space()='API']]")));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", api);
            api.findElement(By.xpath(".//tr[th[contains(normalize-space(),'Encrypted Key')]]/td | .//label[contains(normalize-space(),'Encrypted Key')]/following::*[1]")).getText();
            Files.write(out.resolve("api.png"), api.getScreenshotAs(OutputType.BYTES));

            Account dev = replica.account(Site.DEVELOPER_PORTAL);
            driver.get(replica.developerPortalOrigin() + "/apps/mykeys");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main form input[name=name]"))).sendKeys(dev.username());
            driver.findElement(By.cssSelector("main form input[type=password]")).sendKeys(dev.password());
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            WebElement keys = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-keys")));
            driver.findElement(By.cssSelector(".credentials-table td.client-id")).getText();
            driver.findElement(By.cssSelector(".credentials-table td.client-secret")).getText();
            Files.write(out.resolve("keys.png"), keys.getScreenshotAs(OutputType.BYTES));
            driver.findElement(By.linkText("Applications")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Edit"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[contains(normalize-space(),'Register Callback URL')]")));
        }
        return (System.nanoTime() - start) / 1e6;
    }

    interface Timed {
        double ms() throws Exception;
    }

    /**
     * Each measurement's median over {@code runs} rounds after a warm-up round; round i runs them starting
     * from the (i mod n)-th.
     */
    static List<Double> interleavedMedians(int runs, List<Timed> measurements) throws Exception {
        for (Timed t : measurements) {
            t.ms();
        }
        List<List<Double>> samples = new ArrayList<>();
        measurements.forEach(m -> samples.add(new ArrayList<>()));
        for (int round = 0; round < runs; round++) {
            for (int k = 0; k < measurements.size(); k++) {
                int which = (round + k) % measurements.size();
                samples.get(which).add(measurements.get(which).ms());
            }
        }
        return samples.stream().map(PeerComparison::median).toList();
    }

    /** The main job on 1 and then on 2 threads against one replica profile. */
    private static Report.Threads threads(PeerComparison peer, int runs, String profile) throws Exception {
        List<Double> busyOne = new ArrayList<>();
        List<Double> busyTwo = new ArrayList<>();
        double one = median(runs, () -> busy(busyOne, peer.guidecheck(true, Map.of("guidecheck.replica.profile", profile))));
        double two = median(runs, () -> busy(busyTwo, peer.guidecheck(true,
                Map.of("guidecheck.replica.profile", profile, "guidecheck.threads", "2"))));
        return new Report.Threads(profile, one, two, PeerComparison.median(busyOne), PeerComparison.median(busyTwo));
    }

    /** The run's wall time, its cores busy noted. */
    private static double busy(List<Double> coresBusy, TimedProcess.Timing timing) {
        coresBusy.add(timing.coresBusy());
        return timing.wallMs();
    }

    /** One warm-up (JIT, the first browser start, the replica's caches), then the median of {@code runs}. */
    static double median(int runs, Timed timed) throws Exception {
        timed.ms();
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(timed.ms());
        }
        return PeerComparison.median(samples);
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The machine, as the results say where they were measured. */
    private static String machine() throws IOException {
        return String.format(Locale.ROOT, "%s, %d cores, %s memory; %s; Java %s; %s; Node %s",
                cpu(), Runtime.getRuntime().availableProcessors(), memory(), os(), System.getProperty("java.version"),
                chromium(), nodeVersion());
    }

    private static String nodeVersion() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (!node.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                node.destroyForcibly();
                return "?";
            }
            return new String(node.getInputStream().readAllBytes()).trim().replaceFirst("^v", "");
        } catch (IOException | InterruptedException e) {
            return "not installed";
        }
    }

    private static String cpu() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    }

    private static String memory() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / (1024 * 1024) + " GiB").findFirst().orElse("?");
    }

    private static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static String chromium() {
        try (BrowserSession session = BrowserFactory.of(BrowserSettings.defaults()).open()) {
            return "Chromium " + session.browserVersion() + ", chromedriver " + session.driverVersion();
        }
    }
}
