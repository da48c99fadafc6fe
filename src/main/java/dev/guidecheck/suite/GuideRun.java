package dev.guidecheck.suite;

import dev.guidecheck.Account;
import dev.guidecheck.Settings;
import dev.guidecheck.Sites;
import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSettings;
import dev.guidecheck.browser.Browsers;
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
import dev.guidecheck.report.ConsoleSummary;
import dev.guidecheck.report.JsonReport;
import dev.guidecheck.report.MarkdownSummary;
import dev.guidecheck.report.PageOutcome;
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
    private final Browsers browsers;
    private final boolean ownsBrowsers;
    private Target target;
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
                settings.browserBinary().orElse(null), settings.driver().orElse(null), null))), true);
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
        this.browsers = browsers;
        this.ownsBrowsers = ownsBrowsers;
        GuideReader reader = new GuideReader(settings.docsRoot());
        GuideLint lint = new GuideLint(settings.docsRoot(), step -> phrases.bind(step).isPresent(),
                settings.credentialsSection());
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

    /** Ends this JVM's run, if one was started: Allure's side files, report, summary, browsers closed. */
    public static synchronized void finishCurrent() {
        if (current != null) {
            try {
                AllureResultsFiles.write(AllureResultsFiles.resultsDirectory(), current.environment());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write Allure's categories and environment", e);
            } finally {
                current.close();
                current = null;
            }
        }
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
        Target target = target();
        target.replica().ifPresent(Replica::reset);
        var session = browsers.session();
        session.reset();
        browserVersion = session.browserVersion();
        driverVersion = session.driverVersion();
        StepContext context = new StepContext(session.driver(), target.inputs(), scrubber,
                settings.out().resolve("screenshots"), listener);
        ProcedureResult result = new ProcedureReplay(phrases, listener).replay(procedure, context);
        page.outcome().add(result);
        return result;
    }

    /** The page's promise about its credentials, checked against what its procedures recorded. */
    public List<CredentialCheck.Outcome> checkCredentials(PageRun page) {
        List<CredentialCheck.Outcome> outcomes = CredentialCheck.check(page.guide().orElseThrow(),
                page.outcome().procedures(), settings.credentialsSection());
        page.outcome().credentials(outcomes);
        return outcomes;
    }

    /** Started on first use, so a lint-only run needs neither a replica nor a browser. */
    private synchronized Target target() {
        if (target == null) {
            target = settings.target() == Settings.Target.REPLICA ? replicaTarget() : liveTarget();
            for (Account account : target.inputs().accounts().values()) {
                scrubber.register(account.password());
            }
        }
        return target;
    }

    private Target replicaTarget() {
        Replica replica = Replica.shared(ReplicaProfiles.named(settings.replicaProfile()).orElseThrow());
        Sites sites = Sites.of(replica.infusionsoftOrigin(), replica.developerPortalOrigin());
        return new Target(Optional.of(replica), new StepInputs(sites, Map.of(
                Sites.INFUSIONSOFT, replica.account(Site.INFUSIONSOFT),
                Sites.DEVELOPER_PORTAL, replica.account(Site.DEVELOPER_PORTAL)),
                REPLICA_PASSPHRASE, settings.callbackUrl()));
    }

    private Target liveTarget() {
        Settings.LiveSites live = settings.live().orElseThrow();
        return new Target(Optional.empty(), new StepInputs(Sites.of(live.infusionsoft(), live.developerPortal()),
                Map.of(Sites.INFUSIONSOFT, live.infusionsoftAccount(), Sites.DEVELOPER_PORTAL, live.developerAccount()),
                live.apiPassphrase().orElse(null), settings.callbackUrl()));
    }

    /** Writes report.json and summary.md and prints the summary; closes the browsers. */
    @Override
    public void close() {
        try {
            List<PageOutcome> outcomes = pages.stream().map(PageRun::outcome).toList();
            Path report = JsonReport.write(settings.out(), runFacts(), outcomes);
            Path summary = MarkdownSummary.write(settings.out(), outcomes);
            ConsoleSummary.print(console, outcomes);
            console.println("  report: " + report);
            console.println("  summary: " + summary);
            if (settings.mode() == Settings.Mode.CHECK) {
                console.println("  screenshots: " + settings.out().resolve("screenshots"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report under " + settings.out(), e);
        } finally {
            if (ownsBrowsers) {
                browsers.closeAll();
            }
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
        if (target != null) {
            facts.put("infusionsoft", target.inputs().sites().infusionsoft().toString());
            facts.put("developerPortal", target.inputs().sites().developerPortal().toString());
        }
        return facts;
    }

    static URI docsFile(Settings settings, String file) {
        return settings.docsRoot().resolve(file).toUri();
    }
}
