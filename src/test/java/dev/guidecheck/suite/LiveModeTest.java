package dev.guidecheck.suite;

import dev.guidecheck.Account;
import dev.guidecheck.Settings;
import dev.guidecheck.browser.Browsers;
import dev.guidecheck.browser.SavedSession;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.pages.PortalSignInPage;
import dev.guidecheck.pages.SignInPage;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.Site;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.StepResult;
import dev.guidecheck.steps.StepStatus;
import dev.guidecheck.verify.CredentialVerdict;
import org.openqa.selenium.WebDriver;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live mode, tested against a replica started on its own as if it were the live sites: read-only by
 * default (the account is left as it was), writes only when allowed, and a saved session reused.
 */
public class LiveModeTest {

    private static final String CRM = "docs/elements/infusionsoft-crm/setup.md";
    private Replica live;
    /**
     * The browser the runs replay in: each replay starts from a reset browser, and each test from a reset
     * replica, which signs everyone out, so no test's sign-in can help another's.
     */
    private final Browsers browsers = TestBrowsers.shared();

    @BeforeClass
    public void startTheStandInLiveSites() {
        live = new Replica().start();
    }

    @AfterClass(alwaysRun = true)
    public void stopThem() {
        live.stop();
    }

    @Test
    public void aReadOnlyRunChecksTheSavesAndRegistrationWithoutChangingTheAccount() throws IOException {
        live.reset();
        String keyBefore = live.state().encryptedKey();
        int appsBefore = live.state().applications().size();

        Path out = Files.createTempDirectory("guidecheck-live");
        Map<String, ProcedureResult> results = run(settings(out, false, null, passwords()), WRITING);

        assertThat(results.values()).allSatisfy(r -> assertThat(r.failure()).as(r.procedure().title()).isEmpty());
        assertThat(statuses(results.get("To set up an encrypted API key"))).containsExactly(
                StepStatus.PASSED, StepStatus.PASSED, StepStatus.PASSED, StepStatus.PASSED,
                StepStatus.VERIFIED_NOT_PERFORMED, StepStatus.SKIPPED);
        assertThat(statuses(results.get("To create an application"))).containsExactly(
                StepStatus.PASSED, StepStatus.PASSED, StepStatus.PASSED, StepStatus.VERIFIED_NOT_PERFORMED,
                StepStatus.SKIPPED);
        assertThat(results.get("To create an application").steps().get(3).message())
                .contains("Register Application is there and enabled").contains("guidecheck.live.allowWrites=true");

        assertThat(live.state().encryptedKey()).isEqualTo(keyBefore);
        assertThat(live.state().applications()).hasSize(appsBefore);
        assertNoSecretUnder(out);
    }

    @Test
    public void aRunThatMayWriteSavesThePassphraseAndRegistersAnApplication() throws IOException {
        live.reset();
        String keyBefore = live.state().encryptedKey();
        int appsBefore = live.state().applications().size();

        Path out = Files.createTempDirectory("guidecheck-live");
        Map<String, ProcedureResult> results = run(settings(out, true, null, passwords()), WRITING);

        assertThat(results.values()).allSatisfy(r -> assertThat(r.steps())
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(StepStatus.PASSED)));
        assertThat(live.state().encryptedKey()).isNotEqualTo(keyBefore);
        assertThat(live.state().applications()).hasSize(appsBefore + 1);
        assertNoSecretUnder(out);
    }

    @Test
    public void aSavedSessionSignsInWithoutPasswordsUntilItExpires() throws IOException {
        live.reset();
        Path session = Files.createTempDirectory("guidecheck-session").resolve("session.json");
        saveSessionSignedInToBothSites(session);

        Path out = Files.createTempDirectory("guidecheck-live");
        Map<String, ProcedureResult> results = run(settings(out, false, session, Map.of()), READING);
        assertThat(results.get("To find your Encrypted Key").failure()).isEmpty();
        assertThat(results.get("To find your OAuth 2.0 credentials").failure()).isEmpty();
        assertNoSecretUnder(out);

        live.reset(); // signs everyone out: the saved cookies no longer open the account
        results = run(settings(Files.createTempDirectory("guidecheck-live"), false, session, Map.of()),
                List.of("To find your Encrypted Key"));
        StepResult expired = results.get("To find your Encrypted Key").failure().orElseThrow();
        assertThat(expired.category().id()).isEqualTo("environment");
        assertThat(expired.message()).contains("saved session").contains("has expired")
                .contains("exec:java@save-session");
    }

    @Test
    public void theRecordedCredentialsAreTriedOnTheLiveEndpointsOnlyWhenVerifyCredentialsIsOn() throws IOException {
        live.reset();
        Path out = Files.createTempDirectory("guidecheck-live");
        // Off by default, and not implied by allowWrites: nothing is tried, no grant is created on the account.
        Settings off = settings(out, true, null, passwords());
        assertThat(off.live().orElseThrow().verifyCredentials()).isFalse();
        try (GuideRun run = new GuideRun(off, new PrintStream(OutputStream.nullOutputStream()), browsers)) {
            assertThat(run.verifyCredentials(run.pages().get(0))).isNotEmpty().allSatisfy(v -> {
                assertThat(v.status()).isEqualTo(CredentialVerdict.Status.NOT_CHECKED);
                assertThat(v.answer()).contains("guidecheck.live.verifyCredentials=true");
            });
        }
        assertThat(live.state().grants()).isZero();

        // On: the read-only procedures record the credentials, then each is tried on the configured endpoints.
        Settings on = settings(out, false, null, passwords(), Map.of(
                "guidecheck.live.verifyCredentials", "true",
                "guidecheck.live.oauth.authorize", live.infusionsoftOrigin() + "/app/oauth/authorize",
                "guidecheck.live.oauth.token", live.infusionsoftOrigin() + "/token",
                "guidecheck.live.xmlrpc", live.infusionsoftOrigin() + "/api/xmlrpc"));
        List<CredentialVerdict> verdicts;
        try (GuideRun run = new GuideRun(on, new PrintStream(OutputStream.nullOutputStream()), browsers)) {
            GuideRun.PageRun page = run.pages().get(0);
            for (Procedure procedure : page.guide().orElseThrow().procedures()) {
                if (READING.contains(procedure.title())) {
                    run.replay(page, procedure, new ReplayListener() {
                    });
                }
            }
            verdicts = run.verifyCredentials(page);
        }
        assertThat(verdicts).extracting(v -> v.row().name() + " " + v.status().id()).containsExactly(
                "Encrypted Key works", "client_id works", "client_secret works", "Callback URL works");
        assertThat(live.state().grants()).as("one authorization grant, created by the check").isEqualTo(1);
        assertNoSecretUnder(out);
    }

    private Map<String, String> passwords() {
        return Map.of(
                "GUIDECHECK_INFUSIONSOFT_PASSWORD", live.account(Site.INFUSIONSOFT).password(),
                "GUIDECHECK_PORTAL_PASSWORD", live.account(Site.DEVELOPER_PORTAL).password(),
                "GUIDECHECK_API_PASSPHRASE", "live-passphrase-for-tests");
    }

    private Settings settings(Path out, boolean allowWrites, Path session, Map<String, String> env) {
        return settings(out, allowWrites, session, env, Map.of());
    }

    private Settings settings(Path out, boolean allowWrites, Path session, Map<String, String> env,
                              Map<String, String> more) {
        Properties props = new Properties();
        props.putAll(more);
        props.setProperty("guidecheck.target", "live");
        props.setProperty("guidecheck.screenshots", "off"); // what the account goes through is under test, not images
        props.setProperty("guidecheck.out", out.toString());
        props.setProperty("guidecheck.pages", CRM);
        props.setProperty("guidecheck.live.infusionsoft", live.infusionsoftOrigin().toString());
        props.setProperty("guidecheck.live.portal", live.developerPortalOrigin().toString());
        props.setProperty("guidecheck.live.infusionsoft.user", live.account(Site.INFUSIONSOFT).username());
        props.setProperty("guidecheck.live.portal.user", live.account(Site.DEVELOPER_PORTAL).username());
        props.setProperty("guidecheck.live.allowWrites", String.valueOf(allowWrites));
        if (session != null) {
            props.setProperty("guidecheck.live.session", session.toString());
        }
        return Settings.from(props, new HashMap<>(env));
    }

    /** The procedures that change the account, and the ones that only read it. */
    private static final List<String> WRITING = List.of("To set up an encrypted API key", "To create an application");
    private static final List<String> READING = List.of("To find your Encrypted Key", "To find your OAuth 2.0 credentials");

    private Map<String, ProcedureResult> run(Settings settings, List<String> titles) {
        Map<String, ProcedureResult> results = new java.util.LinkedHashMap<>();
        try (GuideRun run = new GuideRun(settings, new PrintStream(OutputStream.nullOutputStream()), browsers)) {
            GuideRun.PageRun page = run.pages().get(0);
            for (Procedure procedure : page.guide().orElseThrow().procedures()) {
                if (!titles.contains(procedure.title())) {
                    continue;
                }
                results.put(procedure.title(), run.replay(page, procedure, new ReplayListener() {
                }));
            }
        }
        return results;
    }

    /**
     * What the documented save-session command does, with the sign-in done by page objects instead of a person.
     * In the thread's browser, whose cookies the run's reset deletes before it restores the saved ones:
     * SavedSessionTest proves a saved session restored into a browser of its own.
     */
    private void saveSessionSignedInToBothSites(Path file) throws IOException {
        WebDriver driver = TestBrowsers.session().driver();
        driver.get(live.whereIs(Site.INFUSIONSOFT, "/login").toString());
        new SignInPage(driver).signIn(live.account(Site.INFUSIONSOFT));
        driver.get(live.whereIs(Site.DEVELOPER_PORTAL, "/login").toString());
        new PortalSignInPage(driver).signIn(live.account(Site.DEVELOPER_PORTAL));
        SavedSession.capture(driver, List.of(live.infusionsoftOrigin(), live.developerPortalOrigin())).write(file);
    }

    private static List<StepStatus> statuses(ProcedureResult result) {
        return result.steps().stream().map(StepResult::status).toList();
    }

    /** Passwords and credential values never reach a file a run writes. */
    private void assertNoSecretUnder(Path out) throws IOException {
        List<String> secrets = new ArrayList<>(List.of(
                live.account(Site.INFUSIONSOFT).password(), live.account(Site.DEVELOPER_PORTAL).password(),
                live.state().encryptedKey()));
        live.state().applications().forEach(a -> {
            secrets.add(a.clientId());
            secrets.add(a.clientSecret());
        });
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(text).as(file + " holds a secret").doesNotContain(secret);
                }
            }
        }
    }
}
