package dev.guidecheck.suite;

import dev.guidecheck.Account;
import dev.guidecheck.Settings;
import dev.guidecheck.Sites;
import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSession;
import dev.guidecheck.browser.BrowserSettings;
import dev.guidecheck.browser.Browsers;
import dev.guidecheck.browser.SavedSession;
import dev.guidecheck.evidence.ScreenshotMode;
import dev.guidecheck.evidence.ScreenshotPolicy;
import dev.guidecheck.evidence.SecretScrubber;
import dev.guidecheck.fix.FixPlan;
import dev.guidecheck.fix.FixPlanner;
import dev.guidecheck.fix.FixStage;
import dev.guidecheck.guide.GuideException;
import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.GuideReader;
import dev.guidecheck.guide.PageInputException;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.lint.GuideLint;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.ReplicaProfile;
import dev.guidecheck.replica.ReplicaProfiles;
import dev.guidecheck.replica.Site;
import dev.guidecheck.report.AllureFixes;
import dev.guidecheck.report.AllureResultsFiles;
import dev.guidecheck.report.Baseline;
import dev.guidecheck.report.ConsoleProgress;
import dev.guidecheck.report.ConsoleSummary;
import dev.guidecheck.report.Finding;
import dev.guidecheck.report.JsonReport;
import dev.guidecheck.report.MarkdownSummary;
import dev.guidecheck.report.PageNames;
import dev.guidecheck.report.PageOutcome;
import dev.guidecheck.report.RunOutcome;
import dev.guidecheck.steps.Category;
import dev.guidecheck.steps.Coverage;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.Phrases;
import dev.guidecheck.steps.ProcedureReplay;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.StepContext;
import dev.guidecheck.steps.StepInputs;
import dev.guidecheck.verify.CredentialVerdict;
import dev.guidecheck.verify.CredentialVerification;
import dev.guidecheck.verify.ProviderEndpoints;
import org.openqa.selenium.WebDriver;

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
import java.util.function.BiFunction;

/**
 * One guide check from settings to report: reads and lints the pages, replays the procedures of the
 * sites it has page objects for in its lanes (a browser and a target each, started on first use), and
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
    /** The OAuth flow's answers of this run, by the values tried: see {@link CredentialVerification.Answers}. */
    private final CredentialVerification.Answers oauthAnswers = new CredentialVerification.Answers();
    private final List<PageRun> pages = new ArrayList<>();
    /** One for the run: refresh writes each image at most once, from the first step that shows it. */
    private final ScreenshotPolicy screenshots;
    private final Baseline baseline;
    private final DocsRepository docsRepository;
    private final Lanes<Target> lanes;
    /** Whether the run replays in browsers someone else owns (a test's, one per thread), on its caller's thread. */
    private final boolean sharedBrowsers;
    /** The lane of the replay running on this thread, for tests that make its browser die. */
    private final ThreadLocal<Lanes.Lane<Target>> laneOfThisThread = new ThreadLocal<>();
    private final List<Replica> ownReplicas = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Why the run stopped replaying (the browser or the target could not start), once it has. */
    private volatile String stopped;
    private volatile Target anyTarget;
    private RunOutcome outcome;
    /** The suite's work, ahead of its tests; made on first use (tests drive {@link #replay} themselves). */
    private ReplaySchedule schedule;
    /** Turns the findings into edits of the docs source at the end (guidecheck.fix). */
    private final FixStage fixes;
    /** How the run's own browsers start (a run given someone else's browsers does not start any). */
    private final BrowserSettings browserSettings;
    // Read from the first browser a replay uses, for the report's environment.
    private volatile String browserVersion = "not started";
    private volatile String driverVersion = "not started";

    /**
     * A page of the run: the guide as read (empty when it did not render, with why), and what the run found
     * on it.
     */
    public record PageRun(String path, Optional<GuidePage> guide, PageOutcome outcome, Optional<GuideException> readFailure) {
    }

    /** The sites under test and what a replay types into them; the replica when it is the target. */
    private record Target(Optional<Replica> replica, StepInputs inputs, ProviderEndpoints endpoints) {
    }

    public GuideRun(Settings settings, PrintStream console) {
        this(settings, console, null);
    }

    /**
     * A run replaying in browsers someone else owns and closes (a test class running many short runs
     * in one browser); null to start and close its own.
     */
    public GuideRun(Settings settings, PrintStream console, Browsers browsers) {
        this.settings = settings;
        this.console = console;
        this.screenshots = new ScreenshotPolicy(settings.screenshots(), settings.out().resolve("screenshots"),
                settings.docsRoot(), settings.screenshotThreshold(), settings.screenshotFailAbove());
        this.baseline = Preflight.baseline(settings);
        this.docsRepository = DocsRepository.of(settings.docsRoot(), settings.docsRepo());
        this.browserSettings = new BrowserSettings(settings.headless(),
                settings.browserProcesses() == Settings.BrowserProcesses.ONE,
                settings.browserBinary().orElse(null), settings.driver().orElse(null), settings.grid().orElse(null));
        BrowserFactory factory = BrowserFactory.of(browserSettings);
        this.sharedBrowsers = browsers != null;
        this.lanes = new Lanes<>(sharedBrowsers ? 1 : settings.threads(), this::newTarget, browsers, factory);
        try {
            this.fixes = readPages(settings);
        } catch (RuntimeException | Error e) {
            lanes.close();
            throw e;
        }
    }

    /** Reads and lints every page of the run, once each; returns the fix stage that works on what was read. */
    private FixStage readPages(Settings settings) {
        GuideReader reader = new GuideReader(settings.docsRoot());
        GuideLint lint = new GuideLint(settings.docsRoot(), step -> phrases.bind(step).isPresent(),
                Coverage::notCovered, settings.credentialsSection());
        for (String path : settings.pages()) {
            PageRun page = read(reader, path);
            // Each page is read once: the lint works on the page as read, or says why it did not render.
            page.outcome().lint(page.guide().map(lint::lint)
                    .orElseGet(() -> List.of(GuideLint.renderFinding(path, page.readFailure().orElseThrow()))));
            if (settings.mode() == Settings.Mode.LINT) {
                page.outcome().lintOnly();
                // A lint-only run still says what a check would replay, and what it could not.
                page.guide().ifPresent(guide -> guide.procedures().forEach(p -> page.outcome().add(
                        Coverage.notCovered(guide, p).map(why -> ProcedureResult.notCovered(p, why))
                                .orElseGet(() -> ProcedureResult.notRun(p, "a lint-only run (guidecheck.mode=lint)")))));
            }
            if (settings.mode() == Settings.Mode.CHECK && page.guide().filter(GuideRun::replaysAnything).isPresent()) {
                // The browser and the replica start while the other pages are read and linted, not after; and
                // only once a page has something to replay: a run of pages on other products' sites starts
                // neither (nor needs a browser installed).
                lanes.warmUp();
            }
            pages.add(page);
        }
        return new FixStage(settings.docsRoot(), docsRepository.prefix(), settings.fix(), step -> phrases.bind(step).isPresent(),
                pages.stream().flatMap(p -> p.guide().stream()).toList());
    }

    /** Whether any of the page's procedures acts on a site guidecheck has page objects for. */
    private static boolean replaysAnything(GuidePage guide) {
        return guide.procedures().stream().anyMatch(p -> Coverage.notCovered(guide, p).isEmpty());
    }

    /** The run for this JVM's TestNG suite, made from system properties on first use. */
    static synchronized GuideRun current() {
        if (current == null) {
            Settings settings = Preflight.settings();
            try {
                // The next report shows this run only; a scheduled run's history folder stays for the trend.
                AllureResultsFiles.clean(AllureResultsFiles.resultsDirectory());
            } catch (IOException e) {
                throw new BadInputException("allure.results.directory: cannot empty "
                        + AllureResultsFiles.resultsDirectory() + " (" + e.getMessage() + ")");
            }
            current = new GuideRun(settings, System.out);
        }
        return current;
    }

    /**
     * Ends this JVM's run, if one was started: Allure's side files, report, summary, browsers closed.
     * Returns how it ended, which {@link GuideCheckMain} turns into the exit status.
     */
    static synchronized Optional<RunOutcome> finishCurrent() {
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
        try {
            AllureFixes.write(AllureResultsFiles.resultsDirectory(), run.fixes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fixes to Allure", e);
        }
        return Optional.of(run.outcome);
    }

    /** The page paths of this JVM's suite run, in the configured order; empty when none is made yet. */
    static synchronized List<String> currentPages() {
        return current == null ? List.of() : current.settings.pages();
    }

    /** The fixes of the run's findings; known once it is closed (empty before, and with guidecheck.fix=off). */
    public FixPlan fixes() {
        return fixes.plan();
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
            return new PageRun(path, Optional.of(page),
                    new PageOutcome(path, publishedUrl(page.url()), page.procedures()), Optional.empty());
        } catch (PageInputException e) {
            throw new BadInputException(e.getMessage() + " (guidecheck.pages)");
        } catch (GuideException e) {
            // The lint says where and why as a finding on this page; the other pages go on.
            PageOutcome outcome = new PageOutcome(path, publishedUrl(GuidePage.urlOf(path)));
            outcome.readError(e.getMessage());
            return new PageRun(path, Optional.empty(), outcome, Optional.of(e));
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

    /** Where a line of the docs tree lives in its repository, for links from reports. */
    DocsRepository docsRepository() {
        return docsRepository;
    }

    /** Why the run stopped replaying, once it has: every later procedure is reported not run. */
    Optional<String> stopped() {
        return Optional.ofNullable(stopped);
    }

    /**
     * Replays one procedure in a lane of the run, from a clean browser and (on the replica) a seeded state.
     * A procedure on a site without page objects is reported not covered; after the run stopped, not run.
     * An environment failure is retried once with a fresh browser; a finding about the guide never is.
     */
    public ProcedureResult replay(PageRun page, Procedure procedure, ReplayListener listener) {
        ProcedureResult result = page.guide().flatMap(guide -> Coverage.notCovered(guide, procedure))
                .map(why -> ProcedureResult.notCovered(procedure, why))
                .orElse(null);
        if (result == null && stopped != null) {
            result = ProcedureResult.notRun(procedure, "the run stopped before it (the browser or the target could not start)");
        }
        if (result != null) {
            listener.notReplayed(result);
            page.outcome().add(result);
            return result;
        }
        Lanes.Lane<Target> lane = lanes.take();
        laneOfThisThread.set(lane);
        try {
            result = attempt(lane, procedure, listener, settings.freshBrowser());
            if (brokeTheRun(result) && stopped == null) {
                listener.retrying(result);
                ProcedureResult retry = attempt(lane, procedure, listener, true);
                if (retry.failure().isEmpty()) {
                    page.outcome().flaky(procedure);
                }
                result = retry;
            }
        } finally {
            laneOfThisThread.remove();
            lanes.give(lane);
        }
        page.outcome().add(result);
        return result;
    }

    private static boolean brokeTheRun(ProcedureResult result) {
        return result.failure().filter(f -> f.category() == Category.ENVIRONMENT).isPresent();
    }

    private ProcedureResult attempt(Lanes.Lane<Target> lane, Procedure procedure, ReplayListener listener,
                                    boolean freshBrowser) {
        ProcedureReplay replay = new ProcedureReplay(phrases, listener);
        StepContext context;
        try {
            Target target = lane.target();
            target.replica().ifPresent(Replica::reset);
            BrowserSession session = freshBrowser ? lane.freshSession() : lane.session();
            session.reset();
            browserVersion = session.browserVersion();
            driverVersion = session.driverVersion();
            context = new StepContext(session.driver(), target.inputs(), scrubber, screenshots, listener);
        } catch (RuntimeException e) {
            // No browser or no target: nothing can be replayed, so the run stops here, in one line.
            String why = "the run could not start a browser or its target: " + scrubber.scrub(String.valueOf(e.getMessage()))
                    .lines().findFirst().orElse(e.getClass().getSimpleName());
            stop(why);
            return replay.unable(procedure, why);
        }
        return replay.replay(procedure, context);
    }

    private synchronized void stop(String why) {
        if (stopped == null) {
            stopped = why;
            console.println("guidecheck: " + why + "; the run stops (no procedure after this one is replayed)");
        }
    }

    /** The browser of the replay running on this thread, for tests that make it die mid-procedure. */
    WebDriver driverInUse() {
        Lanes.Lane<Target> lane = laneOfThisThread.get();
        if (lane == null) {
            throw new IllegalStateException("no replay is running on this thread");
        }
        return lane.session().driver();
    }

    /** The page's promise about its credentials, checked against what its procedures recorded. */
    public List<CredentialCheck.Outcome> checkCredentials(PageRun page) {
        List<CredentialCheck.Outcome> outcomes = CredentialCheck.check(page.guide().orElseThrow(),
                page.outcome().procedures(), settings.credentialsSection());
        page.outcome().credentials(outcomes);
        return outcomes;
    }

    /**
     * The verification phase of a page, after its procedures: tries each credential its procedures recorded on
     * the provider's endpoints (see {@link CredentialVerification}), in a lane of the run, from a clean browser
     * and (on the replica) the seeded state the procedures recorded them from. On live sites only with
     * {@code guidecheck.live.verifyCredentials=true}, since it creates an authorization grant on the account.
     */
    public List<CredentialVerdict> verifyCredentials(PageRun page) {
        List<CredentialCheck.Outcome> credentials = page.outcome().credentials().isEmpty() && page.guide().isPresent()
                ? checkCredentials(page) : page.outcome().credentials();
        List<CredentialVerdict> verdicts;
        if (settings.target() == Settings.Target.LIVE && !settings.live().map(Settings.LiveSites::verifyCredentials).orElse(false)) {
            verdicts = CredentialVerification.notChecked(credentials, "live mode tries the credentials only with"
                    + " guidecheck.live.verifyCredentials=true (it creates an authorization grant on the account)");
        } else if (settings.mode() == Settings.Mode.LINT) {
            verdicts = CredentialVerification.notChecked(credentials, "a lint-only run (guidecheck.mode=lint)");
        } else if (stopped != null) {
            verdicts = CredentialVerification.notChecked(credentials, "the run stopped before it");
        } else if (!CredentialVerification.anythingToTry(credentials)) {
            verdicts = CredentialVerification.notChecked(credentials, "no credential of the page was recorded");
        } else {
            verdicts = verifyInALane(credentials);
        }
        page.outcome().verifications(verdicts);
        return verdicts;
    }

    private List<CredentialVerdict> verifyInALane(List<CredentialCheck.Outcome> credentials) {
        Lanes.Lane<Target> lane = lanes.take();
        try {
            Target target = lane.target();
            target.replica().ifPresent(Replica::reset);
            BrowserSession session = lane.session();
            session.reset();
            return new CredentialVerification(target.endpoints(), oauthAnswers).verify(credentials, session.driver(),
                    target.inputs().accounts().get(Sites.INFUSIONSOFT));
        } catch (RuntimeException e) {
            return CredentialVerification.broken(credentials, "the verification could not run: "
                    + scrubber.scrub(String.valueOf(e.getMessage())).lines().findFirst().orElse(e.getClass().getSimpleName()));
        } finally {
            lanes.give(lane);
        }
    }

    /**
     * A lane's target. In browsers someone else owns (tests running many short runs), the lane plays on the
     * calling thread's shared replica of the profile; otherwise each lane has a replica of its own, stopped with
     * the run, so parallel procedures never see each other's state. On live sites every lane shares the
     * configured sites.
     */
    private Target newTarget(int lane) {
        Target made;
        if (settings.target() == Settings.Target.LIVE) {
            made = liveTarget();
        } else {
            ReplicaProfile profile = ReplicaProfiles.named(settings.replicaProfile()).orElseThrow();
            if (sharedBrowsers) {
                made = replicaTarget(Replica.shared(profile));
            } else {
                Replica own = new Replica(profile, 0).start();
                ownReplicas.add(own);
                made = replicaTarget(own);
            }
        }
        for (Account account : made.inputs().accounts().values()) {
            scrubber.register(account.password());
        }
        anyTarget = made;
        return made;
    }

    private Target replicaTarget(Replica replica) {
        Sites sites = Sites.of(replica.infusionsoftOrigin(), replica.developerPortalOrigin());
        return new Target(Optional.of(replica), new StepInputs(sites, Map.of(
                Sites.INFUSIONSOFT, replica.account(Site.INFUSIONSOFT),
                Sites.DEVELOPER_PORTAL, replica.account(Site.DEVELOPER_PORTAL)),
                REPLICA_PASSPHRASE, settings.callbackUrl(), true, Optional.empty(), replica::secretValues),
                ProviderEndpoints.onReplica(replica.infusionsoftOrigin()));
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
                live.apiPassphrase().orElse(null), settings.callbackUrl(), live.allowWrites(), session),
                ProviderEndpoints.live(live));
    }

    /** Writes report.json and summary.md and prints the summary; closes the browsers. */
    @Override
    public void close() {
        synchronized (this) {
            if (schedule != null) {
                schedule.close();
            }
        }
        // The reports need neither browser nor replica: those shut down (about 0.4 s) while the reports are written.
        Thread shutdown = new Thread(() -> {
            lanes.close();
            ownReplicas.forEach(Replica::stop);
        }, "guidecheck-shutdown");
        shutdown.start();
        try {
            List<PageOutcome> outcomes = pages.stream().map(PageRun::outcome).toList();
            List<Finding> findings = new ArrayList<>();
            for (PageOutcome page : outcomes) {
                page.judge(baseline, settings.docsRoot()).forEach(m -> findings.add(m.finding()));
            }
            List<Baseline.Entry> resolved = baseline.resolved(findings, settings.pages());
            outcome = RunOutcome.of(outcomes, settings.mode() == Settings.Mode.CHECK);
            Map<String, Object> facts = runFacts();
            facts.put("outcome", outcome.id());
            facts.put("exitCode", outcome.exitCode());
            facts.put("stopped", stopped);
            FixPlan plan = fixes.finish(outcomes.stream().map(o -> new FixPlanner.PageFindings(o.page(), o.procedures(),
                    o.lint(), o.credentials(), o.verifications())).toList(), settings.out(), console);
            facts.put("fix", settings.fix().name().toLowerCase());
            fixes.applied().ifPresent(a -> facts.put("fixesApplied", a.applied() ? a.changed() : "none: " + a.refused()));
            Path report = JsonReport.write(settings.out(), facts, outcomes, resolved, plan);
            Path summary = MarkdownSummary.write(settings.out(), outcomes, outcome, settings.screenshotThreshold(), plan,
                    fixes.applied());
            ConsoleSummary.print(console, outcomes, resolved, baseline.file().map(Path::toString).orElse("baseline"),
                    settings.screenshotThreshold());
            console.println("  outcome: " + outcome.id() + " (exit status " + outcome.exitCode() + "): " + outcome.meaning());
            console.println("  report: " + report);
            console.println("  summary: " + summary);
            if (settings.mode() == Settings.Mode.CHECK && settings.screenshots() != ScreenshotMode.OFF) {
                console.println("  screenshots (" + settings.screenshots().id() + "): " + settings.out().resolve("screenshots")
                        + (settings.screenshots() == ScreenshotMode.REFRESH ? ", changed images written into " + settings.docsRoot() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report under " + settings.out(), e);
        } finally {
            awaitShutdown(shutdown);
        }
    }

    /** Waits for the browsers and replicas to be shut down: a run ends with nothing of it left running. */
    private static void awaitShutdown(Thread shutdown) {
        boolean interrupted = false;
        while (shutdown.isAlive()) {
            try {
                shutdown.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Replays every procedure of every page on the run's lanes ({@code guidecheck.threads}), checking and
     * trying each page's credentials once its own procedures are done, as the suite does. Results come back
     * in the guide's order whatever order they finished in.
     */
    public List<ProcedureResult> replayAll(BiFunction<PageRun, Procedure, ReplayListener> listeners) {
        // In browsers someone else owns, which are the calling thread's, on the calling thread.
        try (ReplaySchedule all = sharedBrowsers ? ReplaySchedule.onThisThread(this, listeners)
                : new ReplaySchedule(this, lanes.count(), listeners)) {
            List<ProcedureResult> results = new ArrayList<>();
            for (PageRun page : pages) {
                for (Procedure procedure : page.guide().map(GuidePage::procedures).orElse(List.of())) {
                    results.add(all.replayed(procedure).result());
                }
                page.guide().ifPresent(guide -> all.credentials(page));
            }
            return results;
        }
    }

    /**
     * The suite's schedule of this run's work, started on first use: the tests report what it replays (see
     * {@link PageCheck}), and the console hears each step as it ends.
     */
    synchronized ReplaySchedule schedule() {
        if (schedule == null) {
            schedule = new ReplaySchedule(this, lanes.count(),
                    (page, procedure) -> new ConsoleProgress(console, shortPage(page.path())));
        }
        return schedule;
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
        facts.put("docsCommit", docsRepository.commit().orElse(null));
        facts.put("docsRepo", settings.docsRepo().map(URI::toString).orElse(null));
        facts.put("grid", settings.grid().map(URI::toString).orElse(null));
        facts.put("threads", settings.threads());
        // How Chromium ran, for a crash or a difference someone has to explain.
        facts.put("browserProcesses", browserSettings.runsAsOneProcess() ? "one" : "many");
        // Each lane is a browser and a target (a replica) kept for the whole run: a scheduler can see it held.
        facts.put("lanesUsed", lanes.lanesUsed());
        facts.put("browsersStarted", lanes.browsersStarted());
        facts.put("baseline", settings.baseline().map(Path::toString).orElse(null));
        facts.put("screenshots", settings.screenshots().id());
        facts.put("screenshotThreshold", settings.screenshotThreshold());
        facts.put("screenshotFailAbove", settings.screenshotFailAbove());
        Target target = anyTarget;
        if (target != null) {
            facts.put("infusionsoft", target.inputs().sites().infusionsoft().toString());
            facts.put("developerPortal", target.inputs().sites().developerPortal().toString());
        }
        return facts;
    }

    /** "infusionsoft-crm/setup.md" for a page path, as the console and test names show it. */
    static String shortPage(String path) {
        return PageNames.shortPage(path);
    }
}
