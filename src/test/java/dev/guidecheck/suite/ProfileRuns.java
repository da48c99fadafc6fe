package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.Settings;
import dev.guidecheck.Sites;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.guide.Link;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.Step;
import dev.guidecheck.replica.CredentialDrift;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.ReplicaProfile;
import dev.guidecheck.replica.ReplicaProfiles;
import dev.guidecheck.replica.Site;
import dev.guidecheck.report.AllureSteps;
import dev.guidecheck.report.ConsoleProgress;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.ReplayListeners;
import dev.guidecheck.steps.StepResult;
import dev.guidecheck.steps.StepStatus;
import dev.guidecheck.verify.CredentialVerdict;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The reference guide replayed once per replica profile and JVM, everything the run writes kept in a known
 * folder: {@code target/profile-runs/<profile>/guidecheck} (report.json, summary.md, screenshots/,
 * screenshot-diffs/) and {@code .../allure-results} (the Allure result set, attachments included). The drift
 * and fault tests assert its findings; the secret tests read every file and picture it wrote. Failsafe runs
 * every test class in one JVM, so each profile is replayed once however many tests ask.
 *
 * <p>Drift profiles replay the CRM and REST pages: the marketing page includes the CRM page's body word for
 * word, and GuideCheckTest proves that a shared include's drift fails both pages that include it. Of those pages
 * a drift profile replays the procedures that act on the site it changes ({@link #DRIFTED_SITES}); the others
 * would replay as on the faithful replica, so they are reported not run. Fault profiles (slow, flaky) change
 * the site, not the product, and replay the REST page. Faithful is the main job's own run ({@code mvn test}:
 * target/guidecheck and target/allure-results) when it ran on this build; otherwise it is replayed here. The
 * runs replay in the suite's browser ({@link TestBrowsers}): starting one per profile cost more than some of
 * their replays. Replaying two profiles at once on two threads was tried: on 2 cores it saved about a tenth of
 * their time, as one replay already keeps more than one core busy.
 */
final class ProfileRuns {

    static final Path ROOT = Path.of("target", "profile-runs");
    static final String CRM = "docs/elements/infusionsoft-crm/setup.md";
    static final String MARKETING = "docs/elements/infusionsoft-marketing/setup.md";
    static final String REST = "docs/elements/infusionsoft-rest/setup.md";
    private static final Path MAIN_JOB_OUT = Path.of("target", "guidecheck");
    private static final Path MAIN_JOB_RESULTS = Path.of("target", "allure-results");

    private static final Map<String, Run> RUNS = new HashMap<>();

    /** Each credential drift's page and the procedure of it that records the drifted value. */
    private static final Map<CredentialDrift, List<String>> DRIFT_REPLAY = Map.of(
            CredentialDrift.STALE_SECRET, List.of(REST, "To find your OAuth 2.0 credentials"),
            CredentialDrift.STALE_ENCRYPTED_KEY, List.of(CRM, "To find your Encrypted Key"),
            CredentialDrift.UNREGISTERED_CALLBACK, List.of(REST, "To find your OAuth 2.0 credentials"));

    /**
     * The sites whose screens each drift profile changes. A procedure acting on another site sees the faithful
     * product there, which the main job proves, so the profile's run leaves it out;
     * DriftProfilesTest#eachDriftProfileChangesExactlyTheSitesItsRunReplays proves this map against the
     * replica's pages. A drift profile missing here replays every procedure.
     */
    static final Map<String, Set<Site>> DRIFTED_SITES = Map.of(
            "renamed-category", Set.of(Site.INFUSIONSOFT),
            "moved-api-section", Set.of(Site.INFUSIONSOFT),
            "secret-hidden", Set.of(Site.DEVELOPER_PORTAL),
            "portal-tabs-renamed", Set.of(Site.DEVELOPER_PORTAL),
            "keap-2020", Set.of(Site.INFUSIONSOFT, Site.DEVELOPER_PORTAL));

    /** One procedure's replay: its page, its title and what happened. */
    record Replayed(String page, String title, ProcedureResult result) {
    }

    /**
     * What a profile's run wrote and found.
     *
     * @param procedures  every procedure replayed, in the guide's order (empty for the main job's run, read from disk)
     * @param failedSteps every failed step, first attempts before a retry included
     * @param secrets     every secret value the replica held after each procedure, with what it is
     * @param verified    each page's verification verdicts, by page path (faithful and credential drifts only)
     */
    /** @param grants the authorization codes the replica issued during the run */
    record Run(String profile, Path out, Path allureResults, List<Replayed> procedures, List<StepResult> failedSteps,
               Map<String, String> secrets, Map<String, List<CredentialVerdict>> verified, int grants) {

        /**
         * Every PNG the run wrote: screenshots, screenshot-diffs, and Allure's attachments, those embedded in
         * its screen-diff attachments (JSON holding the expected, actual and diff pictures as data URLs)
         * written out beside them.
         */
        List<Path> pngs() {
            List<Path> pngs = new ArrayList<>();
            for (Path dir : List.of(out, allureResults)) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (name.endsWith(".png")) {
                            pngs.add(f);
                        } else if (name.endsWith("-attachment.json")) {
                            pngs.addAll(embeddedPngs(f));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return pngs;
        }

        private List<Path> embeddedPngs(Path json) throws IOException {
            List<Path> pngs = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)")
                    .matcher(Files.readString(json));
            Path dir = allureResults.resolveSibling("allure-embedded-pictures");
            Files.createDirectories(dir);
            for (int i = 0; m.find(); i++) {
                Path png = dir.resolve(json.getFileName().toString().replace(".json", "-" + i + ".png"));
                Files.write(png, java.util.Base64.getDecoder().decode(m.group(1)));
                pngs.add(png);
            }
            return pngs;
        }
    }

    private ProfileRuns() {
    }

    /** The profile's run, replayed on first use. */
    static synchronized Run of(String profile) {
        return RUNS.computeIfAbsent(profile, ProfileRuns::timedReplay);
    }

    /** Every profile's run: the faithful product, then each drift and fault profile. */
    static List<Run> all() {
        return ReplicaProfiles.names().stream().map(ProfileRuns::of).toList();
    }

    /** The replay, with how long it took in the test output: the profile runs are much of the suite's time. */
    private static Run timedReplay(String profile) {
        long start = System.nanoTime();
        Run run = replay(profile);
        System.out.printf("ProfileRuns: %s replayed in %d ms%n", profile, (System.nanoTime() - start) / 1_000_000);
        return run;
    }

    private static Run replay(String name) {
        ReplicaProfile profile = ReplicaProfiles.named(name).orElseThrow();
        if (name.equals(ReplicaProfiles.FAITHFUL) && mainJobRanOnThisBuild()) {
            return new Run(name, MAIN_JOB_OUT, MAIN_JOB_RESULTS, List.of(), List.of(), Map.of(), Map.of(), -1);
        }
        Path dir = ROOT.resolve(name);
        deleteRecursively(dir); // a result set left by an earlier JVM would be read as this run's
        Path out = dir.resolve("guidecheck");
        Path results = dir.resolve("allure-results");
        // A credential drift shows on one page, in the one procedure that records the drifted value: it alone
        // is replayed, then the verification.
        boolean credentialDrift = profile.credentialDrift() != CredentialDrift.NONE;
        List<String> pages = profile.faults().any() ? List.of(REST)
                : credentialDrift ? List.of(DRIFT_REPLAY.get(profile.credentialDrift()).get(0))
                : name.equals(ReplicaProfiles.FAITHFUL) ? List.of(CRM, MARKETING, REST) // as the main job would
                : List.of(CRM, REST);
        boolean verify = credentialDrift || name.equals(ReplicaProfiles.FAITHFUL);

        Properties props = new Properties();
        props.setProperty("guidecheck.docs", DocsTrees.copyOfReference().toString());
        props.setProperty("guidecheck.out", out.toString());
        props.setProperty("guidecheck.replica.profile", name);
        props.setProperty("guidecheck.pages", String.join(",", pages));
        if (credentialDrift) {
            props.setProperty("guidecheck.screenshots", "off"); // what the provider accepts is under test, not images
        }
        Settings settings = Settings.from(props, Map.of());

        AllureLifecycle allure = new AllureLifecycle(new FileSystemResultsWriter(results));
        Replica replica = Replica.shared(profile);
        List<Replayed> replayed = new ArrayList<>();
        List<StepResult> failed = new CopyOnWriteArrayList<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        Map<String, List<CredentialVerdict>> verified = new LinkedHashMap<>();
        ReplayListener failures = new ReplayListener() {
            @Override
            public void stepFinished(StepResult result) {
                if (result.status() == StepStatus.FAILED) {
                    failed.add(result); // first attempts too: a retry must not hide a misclassified finding
                }
            }
        };
        try (GuideRun run = new GuideRun(settings, new PrintStream(OutputStream.nullOutputStream()), TestBrowsers.shared())) {
            for (GuideRun.PageRun page : run.pages()) {
                for (Procedure procedure : page.guide().orElseThrow().procedures()) {
                    if (credentialDrift && !procedure.title().equals(DRIFT_REPLAY.get(profile.credentialDrift()).get(1))) {
                        continue;
                    }
                    Optional<String> elsewhere = actsElsewhere(name, procedure);
                    if (elsewhere.isPresent()) {
                        // Reported as not replayed, so its credentials are not checked rather than missing.
                        page.outcome().add(ProcedureResult.notRun(procedure, elsewhere.get()));
                        continue;
                    }
                    String uuid = UUID.randomUUID().toString();
                    String title = GuideRun.shortPage(page.path()) + " › " + procedure.title();
                    allure.scheduleTestCase(new TestResult().setUuid(uuid).setName(title)
                            .setFullName(name + " › " + title).setHistoryId(name + " › " + title)
                            .setLabels(List.of(new Label().setName("suite").setValue("profile " + name))));
                    allure.startTestCase(uuid);
                    ProcedureResult result = run.replay(page, procedure, ReplayListeners.of(
                            new ConsoleProgress(System.out, name + " " + GuideRun.shortPage(page.path())),
                            new AllureSteps(allure), failures));
                    allure.updateTestCase(uuid, t -> t.setStatus(result.failure()
                            .map(f -> f.category().isGuideFinding() ? Status.FAILED : Status.BROKEN)
                            .orElse(Status.PASSED)));
                    allure.stopTestCase(uuid);
                    allure.writeTestCase(uuid);
                    replayed.add(new Replayed(page.path(), procedure.title(), result));
                    secrets.putAll(replica.secretValues());
                }
            }
            run.pages().stream().filter(p -> p.guide().isPresent()).forEach(run::checkCredentials);
            if (verify) {
                for (GuideRun.PageRun page : run.pages()) {
                    verified.put(page.path(), verifyAsTheMainJobDoes(allure, name, run, page));
                    secrets.putAll(replica.secretValues());
                }
            }
        }
        return new Run(name, out, results, List.copyOf(replayed), List.copyOf(failed), Map.copyOf(secrets),
                Map.copyOf(verified), replica.state().grants());
    }

    /**
     * Why a drift profile's run leaves out a procedure: it acts only on sites the profile does not change.
     * Empty when the run replays it (a procedure whose links name no site of the replica is replayed).
     */
    private static Optional<String> actsElsewhere(String profile, Procedure procedure) {
        Set<Site> drifted = DRIFTED_SITES.get(profile);
        Set<Site> actsOn = sitesOf(procedure);
        if (drifted == null || actsOn.isEmpty() || actsOn.stream().anyMatch(drifted::contains)) {
            return Optional.empty();
        }
        return Optional.of(profile + " changes " + names(drifted) + " only; this procedure acts on " + names(actsOn)
                + ", which the profile serves as the faithful replica does");
    }

    private static String names(Set<Site> sites) {
        return String.join(" and ", sites.stream()
                .map(s -> s == Site.INFUSIONSOFT ? "the Infusionsoft app" : "the developer portal").sorted().toList());
    }

    /** The replica's sites a procedure's links lead to: the site each procedure signs in to is linked in its first step. */
    private static Set<Site> sitesOf(Procedure procedure) {
        Set<Site> sites = EnumSet.noneOf(Site.class);
        for (Step step : procedure.steps()) {
            for (Link link : step.links()) {
                Optional<String> origin = Sites.originOfLink(link.url());
                if (origin.equals(Sites.originOfLink(Sites.INFUSIONSOFT.toString()))) {
                    sites.add(Site.INFUSIONSOFT);
                } else if (origin.equals(Sites.originOfLink(Sites.DEVELOPER_PORTAL.toString()))) {
                    sites.add(Site.DEVELOPER_PORTAL);
                }
            }
        }
        return sites;
    }

    /** The page's verification phase, with an Allure result as the main job's "the recorded credentials work" test writes. */
    private static List<CredentialVerdict> verifyAsTheMainJobDoes(AllureLifecycle allure, String profile, GuideRun run,
                                                                  GuideRun.PageRun page) {
        String uuid = UUID.randomUUID().toString();
        String title = GuideRun.shortPage(page.path()) + " › the recorded credentials work";
        allure.scheduleTestCase(new TestResult().setUuid(uuid).setName(title).setFullName(profile + " › " + title)
                .setHistoryId(profile + " › " + title)
                .setLabels(List.of(new Label().setName("suite").setValue("profile " + profile))));
        allure.startTestCase(uuid);
        List<CredentialVerdict> verdicts = run.verifyCredentials(page);
        for (CredentialVerdict v : verdicts) {
            System.out.println(profile + " " + GuideRun.shortPage(page.path()) + " > the recorded credentials work > " + v.line());
            allure.updateTestCase(uuid, t -> t.getSteps().add(new io.qameta.allure.model.StepResult().setName(v.line())
                    .setStatus(v.status() == CredentialVerdict.Status.WORKS ? Status.PASSED
                            : v.status() == CredentialVerdict.Status.REFUSED ? Status.FAILED : Status.SKIPPED)));
        }
        boolean refused = verdicts.stream().anyMatch(v -> v.status() == CredentialVerdict.Status.REFUSED);
        allure.updateTestCase(uuid, t -> t.setStatus(refused ? Status.FAILED : Status.PASSED)
                .setStatusDetails(new io.qameta.allure.model.StatusDetails().setMessage(String.join("; ", verdicts.stream()
                        .filter(v -> v.status() == CredentialVerdict.Status.REFUSED).map(CredentialVerdict::message).toList()))));
        allure.stopTestCase(uuid);
        allure.writeTestCase(uuid);
        return verdicts;
    }

    /**
     * Whether target/guidecheck and target/allure-results hold the main job's faithful run of the three pages,
     * written after the classes were last compiled.
     */
    private static boolean mainJobRanOnThisBuild() {
        Path report = MAIN_JOB_OUT.resolve("report.json");
        if (!Files.isRegularFile(report) || !Files.isDirectory(MAIN_JOB_RESULTS)) {
            return false;
        }
        try {
            JsonNode json = new ObjectMapper().readTree(report.toFile());
            if (!ReplicaProfiles.FAITHFUL.equals(json.at("/run/replicaProfile").asText()) || json.at("/pages").size() != 3) {
                return false;
            }
            FileTime written = Files.getLastModifiedTime(report);
            try (Stream<Path> classes = Files.walk(Path.of("target", "classes"))) {
                return classes.filter(Files::isRegularFile).map(ProfileRuns::modified)
                        .allMatch(compiled -> compiled.compareTo(written) <= 0);
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
