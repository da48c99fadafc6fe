package dev.guidecheck.suite;

import dev.guidecheck.Account;
import dev.guidecheck.Settings;
import dev.guidecheck.Sites;
import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSettings;
import dev.guidecheck.browser.Browsers;
import dev.guidecheck.browser.SavedSession;
import dev.guidecheck.evidence.ScreenshotMode;
import dev.guidecheck.evidence.ScreenshotPolicy;
import dev.guidecheck.evidence.SecretScrubber;
import dev.guidecheck.guide.GuideException;
import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.GuideReader;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.lint.GuideLint;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.ReplicaProfiles;
import dev.guidecheck.replica.Site;
import dev.guidecheck.report.AllureResultsFiles;
import dev.guidecheck.report.Baseline;
import dev.guidecheck.report.Finding;
import dev.guidecheck.report.ConsoleSummary;
import dev.guidecheck.report.JsonReport;
import dev.guidecheck.report.MarkdownSummary;
import dev.guidecheck.report.PageOutcome;
import dev.guidecheck.report.RunOutcome;
import dev.guidecheck.steps.Category;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.Phrases;
import dev.guidecheck.steps.ProcedureReplay;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.StepContext;
import dev.guidecheck.steps.StepInputs;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One guide check from settings to report: reads and lints the pages, starts the target (the replica
 * by default) when the first procedure is replayed, replays procedures in this thread's browser, and
 * writes report.json and summary.md at the end. The TestNG suite and the project's own tests both
 * drive it.
 */
public final class GuideRun implements AutoCloseable {

    /** The passphrase typed into the replica; on live sites it comes from GUIDECHECK_API_PASSPHRASE. */
    static final String REPLICA_PASSPHRASE = "replica-passphrase-2017";

    private static GuideRun current;

    private final Settings settings;
    private final PrintStream console;
    private final Phrases phrases = new Phrases();
    private final SecretScrubber scrubber = new SecretScrubber();
    private final List<PageRun> pages = new ArrayList<>();
    /** One for the run: refresh writes each image at most once, from the first step that shows it. */
    private final ScreenshotPolicy screenshots;
    private final Browsers browsers;
    private final Baseline baseline;
    private final boolean ownsBrowsers;
    private Target target;
    /**
     * Threads after the first replay against a replica of their own, so parallel procedures never see
     * each other's state; the first thread uses the JVM's shared replica.
     */
    private final ThreadLocal<Target> threadTarget = new ThreadLocal<>();
    private final List<Replica> ownReplicas = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Thread firstThread;
    private RunOutcome outcome;
    // Read from the first browser a replay uses, for the report's environment.
    private volatile String browserVersion = "not started";
    private volatile String driverVersion = "not started";

    /** A page of the run: the guide as read (empty when it could not be), and what the run found on it. */
    public record PageRun(String path, Optional<GuidePage> guide, PageOutcome outcome) {
    }

    /** The sites under test and what a replay types into them; the replica when it is the target. */
    private record Target(Optional<Replica> replica, StepInputs inputs) {
    }

    public GuideRun(Settings settings, PrintStream console) {
        this(settings, console, new Browsers(BrowserFactory.of(new BrowserSettings(settings.headless(),
                settings.browserBinary().orElse(null), settings.driver().orElse(null), settings.grid().orElse(null)))),
                true);
    }

    /**
     * A run replaying in browsers someone else owns and closes (a test class running many short runs
     * in one browser).
     */
    public GuideRun(Settings settings, PrintStream console, Browsers browsers) {
        this(settings, console, browsers, false);
    }

    private GuideRun(Settings settings, PrintStream console, Browsers browsers, boolean ownsBrowsers) {
        this.settings = settings;
        this.console = console;
        this.screenshots = new ScreenshotPolicy(settings.screenshots(), settings.out().resolve("screenshots"),
                settings.docsRoot(), settings.screenshotThreshold(), settings.screenshotFailAbove());
        this.browsers = browsers;
        this.ownsBrowsers = ownsBrowsers;
        this.baseline = readBaseline(settings);
        GuideReader reader = new GuideReader(settings.docsRoot());
        GuideLint lint = new GuideLint(settings.docsRoot(), step -> phrases.bind(step).isPresent(),
                dev.guidecheck.steps.Coverage::notCovered, settings.credentialsSection());
        for (String path : settings.pages()) {
            PageRun page = read(reader, path);
            page.outcome().lint(lint.lint(path));
            pages.add(page);
        }
    }

    /** The run for this JVM's TestNG suite, made from system properties on first use. */
    public static synchronized GuideRun current() {
        if (current == null) {
            current = new GuideRun(Settings.fromSystem(), System.out);
        }
        return current;
    }

    /**
     * Ends this JVM's run, if one was started: Allure's side files, report, summary, browsers closed.
     * Returns how it ended, which {@link GuideCheckMain} turns into the exit status.
     */
    public static synchronized Optional<RunOutcome> finishCurrent() {
        GuideRun run = current;
        current = null;
        if (run == null) {
            return Optional.empty();
        }
        try {
            AllureResultsFiles.write(AllureResultsFiles.resultsDirectory(), run.environment());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Allure's categories and environment", e);
        } finally {
            run.close();
        }
        return Optional.of(run.outcome);
    }

    private static Baseline readBaseline(Settings settings) {
        if (settings.baseline().isEmpty()) {
            return Baseline.none();
        }
        try {
            return Baseline.read(settings.baseline().get());
        } catch (IOException e) {
            throw new Settings.SettingsException("guidecheck.baseline: cannot read " + settings.baseline().get()
                    + " (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new Settings.SettingsException(e.getMessage());
        }
    }

    /** How the run ended; known once it is closed. */
    public Optional<RunOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** The baseline entry that names this finding, if the team already knows about it. */
    public Optional<Baseline.Entry> known(Finding finding) {
        return baseline.match(finding).known();
    }

    private PageRun read(GuideReader reader, String path) {
        try {
            GuidePage page = reader.read(path);
            return new PageRun(path, Optional.of(page), new PageOutcome(path, publishedUrl(page.url())));
        } catch (GuideException e) {
            PageOutcome outcome = new PageOutcome(path, publishedUrl(GuidePage.urlOf(path)));
            outcome.readError(e.getMessage());
            return new PageRun(path, Optional.empty(), outcome);
        }
    }

    private String publishedUrl(String pageUrl) {
        return settings.docsSite().resolve(pageUrl).toString();
    }

    public Settings settings() {
        return settings;
    }

    public List<PageRun> pages() {
        return List.copyOf(pages);
    }

    /** Replays one procedure in this thread's browser, from a clean browser and (on the replica) a seeded state. */
    public ProcedureResult replay(PageRun page, Procedure procedure, ReplayListener listener) {
        ProcedureResult result = attempt(procedure, listener, settings.freshBrowser());
        if (brokeTheRun(result)) {
            // The environment failed, not the guide: once more, with a fresh browser. Findings are never retried.
            console.println(PageCheck.shortPage(page.path()) + " > " + procedure.title()
                    + " > retrying once with a fresh browser: " + result.failure().orElseThrow().message());
            ProcedureResult retry = attempt(procedure, listener, true);
            if (retry.failure().isEmpty()) {
                page.outcome().flaky(procedure);
            }
            result = retry;
        }
        page.outcome().add(result);
        return result;
    }

    private static boolean brokeTheRun(ProcedureResult result) {
        return result.failure().filter(f -> f.category() == Category.ENVIRONMENT).isPresent();
    }

    private ProcedureResult attempt(Procedure procedure, ReplayListener listener, boolean freshBrowser) {
        ProcedureReplay replay = new ProcedureReplay(phrases, listener);
        StepContext context;
        try {
            Target target = target();
            target.replica().ifPresent(Replica::reset);
            var session = freshBrowser ? browsers.replace() : browsers.session();
            session.reset();
            browserVersion = session.browserVersion();
            driverVersion = session.driverVersion();
            context = new StepContext(session.driver(), target.inputs(), scrubber, screenshots, listener);
        } catch (RuntimeException e) {
            // No browser or no target: the run broke before the guide could be tried.
            return replay.unable(procedure, "the run could not start: " + scrubber.scrub(String.valueOf(e.getMessage()))
                    .lines().findFirst().orElse(e.getClass().getSimpleName()));
        }
        return replay.replay(procedure, context);
    }

    /** This run's browsers, for tests that make one die mid-procedure. */
    Browsers browsers() {
        return browsers;
    }

    /** The page's promise about its credentials, checked against what its procedures recorded. */
    public List<CredentialCheck.Outcome> checkCredentials(PageRun page) {
        List<CredentialCheck.Outcome> outcomes = CredentialCheck.check(page.guide().orElseThrow(),
                page.outcome().procedures(), settings.credentialsSection());
        page.outcome().credentials(outcomes);
        return outcomes;
    }

    /** Started on first use, so a lint-only run needs neither a replica nor a browser. */
    private Target target() {
        Target mine = threadTarget.get();
        if (mine == null) {
            mine = newTarget();
            threadTarget.set(mine);
        }
        return mine;
    }

    private synchronized Target newTarget() {
        if (firstThread == null) {
            firstThread = Thread.currentThread();
        }
        Target made;
        if (settings.target() == Settings.Target.LIVE) {
            made = target != null ? target : liveTarget();
        } else if (Thread.currentThread() == firstThread) {
            made = replicaTarget(Replica.shared(ReplicaProfiles.named(settings.replicaProfile()).orElseThrow()));
        } else {
            Replica own = new Replica(ReplicaProfiles.named(settings.replicaProfile()).orElseThrow(), 0).start();
            ownReplicas.add(own);
            made = replicaTarget(own);
        }
        for (Account account : made.inputs().accounts().values()) {
            scrubber.register(account.password());
        }
        if (target == null) {
            target = made;
        }
        return made;
    }

    private Target replicaTarget(Replica replica) {
        Sites sites = Sites.of(replica.infusionsoftOrigin(), replica.developerPortalOrigin());
        return new Target(Optional.of(replica), new StepInputs(sites, Map.of(
                Sites.INFUSIONSOFT, replica.account(Site.INFUSIONSOFT),
                Sites.DEVELOPER_PORTAL, replica.account(Site.DEVELOPER_PORTAL)),
                REPLICA_PASSPHRASE, settings.callbackUrl(), true, Optional.empty()));
    }

    private Target liveTarget() {
        Settings.LiveSites live = settings.live().orElseThrow();
        Optional<SavedSession> session = live.session().map(file -> {
            try {
                return SavedSession.read(file);
            } catch (IOException e) {
                throw new Settings.SettingsException("guidecheck.live.session: cannot read " + file + " (" + e.getMessage() + ")");
            }
        });
        session.ifPresent(s -> s.values().forEach(scrubber::register));
        live.apiPassphrase().ifPresent(scrubber::register);
        return new Target(Optional.empty(), new StepInputs(Sites.of(live.infusionsoft(), live.developerPortal()),
                Map.of(Sites.INFUSIONSOFT, live.infusionsoftAccount(), Sites.DEVELOPER_PORTAL, live.developerAccount()),
                live.apiPassphrase().orElse(null), settings.callbackUrl(), live.allowWrites(), session));
    }

    /** Writes report.json and summary.md and prints the summary; closes the browsers. */
    @Override
    public void close() {
        try {
            List<PageOutcome> outcomes = pages.stream().map(PageRun::outcome).toList();
            List<Finding> findings = new ArrayList<>();
            for (PageOutcome page : outcomes) {
                page.judge(baseline, settings.docsRoot()).forEach(m -> findings.add(m.finding()));
            }
            List<Baseline.Entry> resolved = baseline.resolved(findings, settings.pages());
            outcome = RunOutcome.of(outcomes);
            Map<String, Object> facts = runFacts();
            facts.put("outcome", outcome.id());
            facts.put("exitCode", outcome.exitCode());
            Path report = JsonReport.write(settings.out(), facts, outcomes, resolved);
            Path summary = MarkdownSummary.write(settings.out(), outcomes);
            ConsoleSummary.print(console, outcomes, resolved,
                    baseline.file().map(Path::toString).orElse("baseline"));
            console.println("  outcome: " + outcome.id() + " (exit status " + outcome.exitCode() + ")");
            console.println("  report: " + report);
            console.println("  summary: " + summary);
            if (settings.mode() == Settings.Mode.CHECK && settings.screenshots() != ScreenshotMode.OFF) {
                console.println("  screenshots (" + settings.screenshots().id() + "): " + settings.out().resolve("screenshots")
                        + (settings.screenshots() == ScreenshotMode.REFRESH ? ", changed images written into " + settings.docsRoot() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report under " + settings.out(), e);
        } finally {
            if (ownsBrowsers) {
                browsers.closeAll();
            }
            ownReplicas.forEach(Replica::stop);
        }
    }

    /**
     * Replays every procedure of every page on {@code guidecheck.threads} threads, each with its own
     * browser and (on the replica) its own replica, then checks each page's credentials. Results come
     * back in the guide's order whatever order they finished in.
     */
    public List<ProcedureResult> replayAll(java.util.function.BiFunction<PageRun, Procedure, ReplayListener> listeners) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(settings.threads());
        try {
            List<java.util.concurrent.Future<ProcedureResult>> futures = new ArrayList<>();
            for (PageRun page : pages) {
                for (Procedure procedure : page.guide().map(GuidePage::procedures).orElse(List.of())) {
                    futures.add(pool.submit(() -> replay(page, procedure, listeners.apply(page, procedure))));
                }
            }
            List<ProcedureResult> results = new ArrayList<>();
            for (var future : futures) {
                results.add(future.get());
            }
            pages.stream().filter(p -> p.guide().isPresent()).forEach(this::checkCredentials);
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a replay failed to run: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The run's facts as Allure shows them under "Environment". */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        runFacts().forEach((k, v) -> env.put(k, v == null ? "" : v.toString()));
        env.put("browser", browserVersion);
        env.put("driver", driverVersion);
        return env;
    }

    private Map<String, Object> runFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("mode", settings.mode().name().toLowerCase());
        facts.put("target", settings.target().name().toLowerCase());
        facts.put("replicaProfile", settings.target() == Settings.Target.REPLICA ? settings.replicaProfile() : null);
        facts.put("docsRoot", settings.docsRoot().toString());
        facts.put("docsCommit", docsCommit().orElse(null));
        facts.put("grid", settings.grid().map(URI::toString).orElse(null));
        facts.put("baseline", settings.baseline().map(Path::toString).orElse(null));
        facts.put("screenshots", settings.screenshots().id());
        facts.put("screenshotThreshold", settings.screenshotThreshold());
        facts.put("screenshotFailAbove", settings.screenshotFailAbove());
        if (target != null) {
            facts.put("infusionsoft", target.inputs().sites().infusionsoft().toString());
            facts.put("developerPortal", target.inputs().sites().developerPortal().toString());
        }
        return facts;
    }

    /** The docs tree's git commit when it is a git checkout; asked of git with a bounded wait. */
    private Optional<String> docsCommit() {
        try {
            Process git = new ProcessBuilder("git", "-C", settings.docsRoot().toString(), "rev-parse", "HEAD")
                    .redirectErrorStream(true).start();
            if (!git.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            return git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static URI docsFile(Settings settings, String file) {
        return settings.docsRoot().resolve(file).toUri();
    }
}
