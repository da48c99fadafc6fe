package dev.guidecheck.suite;

import dev.guidecheck.Account;
import dev.guidecheck.Settings;
import dev.guidecheck.Sites;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.replica.CredentialDrift;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.ReplicaProfile;
import dev.guidecheck.replica.ReplicaProfiles;
import dev.guidecheck.replica.Site;
import dev.guidecheck.report.ConsoleProgress;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepResult;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guide check against the product as it drifted: the three reference pages on every replica
 * profile, and edited copies of the guide on the faithful one. Each finding is asserted whole
 * (procedure, step, category, message), because the message is what a docs writer acts on. The
 * profile matrix is replayed once per JVM ({@link ProfileRuns}), before the tests that read it.
 */
public class DriftProfilesTest {

    private static final String CRM = "docs/elements/infusionsoft-crm/setup.md";
    private static final String REST = "docs/elements/infusionsoft-rest/setup.md";
    private static final String INCLUDE = "_includes/Elements/infusionsoft/setup.md";
    private static final String ENCRYPTED_KEY = "To find your Encrypted Key";
    private static final String SET_UP_KEY = "To set up an encrypted API key";
    private static final String OAUTH = "To find your OAuth 2.0 credentials";
    private static final String CREATE = "To create an application";

    private final Map<String, List<String>> findingsByProfile = new LinkedHashMap<>();

    @BeforeClass
    public void replayTheReferencePagesOnEveryProfile() {
        for (String profile : ReplicaProfiles.names()) {
            // Faithful is the main job itself (and GuideCheckTest); the fault profiles (slow, flaky) change
            // the site, not the product: FaultProfilesTest covers them. Each profile's run is shared with the
            // tests that read what it wrote (SecretPixelsTest, SecretScanTest).
            if (!profile.equals(ReplicaProfiles.FAITHFUL) && !ReplicaProfiles.named(profile).orElseThrow().faults().any()) {
                List<String> findings = new ArrayList<>();
                for (ProfileRuns.Replayed replayed : ProfileRuns.of(profile).procedures()) {
                    replayed.result().failure().map(DriftProfilesTest::finding)
                            .ifPresent(f -> findings.add(at(replayed.page(), replayed.title(), f)));
                }
                findingsByProfile.put(profile, findings);
            }
        }
    }

    @Test
    public void aRenamedSettingsCategoryFailsTheStepThatClicksItAndListsWhatIsThere() {
        String finding = "3 label-not-found: step 3 (" + INCLUDE + ":%d) \"In Application Settings, click Application.\":"
                + " no \"Application\" in the settings categories of Application Settings, nor anything like it;"
                + " it shows: \"General\", \"Company\", \"Contacts\", \"Email\", \"Opportunity\", \"Orders\","
                + " \"Referral Partners\", \"Tasks/Notes\", \"Templates\", \"Misc\"";
        assertThat(findingsByProfile.get("renamed-category")).containsExactly(
                at(CRM, ENCRYPTED_KEY, finding.formatted(23)),
                at(CRM, SET_UP_KEY, finding.formatted(56)));
    }

    @Test
    public void anApiSectionMovedToItsOwnCategoryIsLabelMovedNamingTheCategory() {
        String moved = ": no \"API\" in the sections of Application Settings > Application;"
                + " it is in the API category of Application Settings, one click away";
        String find = "4 label-moved: step 4 (" + INCLUDE + ":24) \"Scroll down to the API section and record the Encrypted Key.\"" + moved;
        String setUp = "4 label-moved: step 4 (" + INCLUDE + ":57) \"Scroll down to the API section and enter a password in API Passphrase.\"" + moved;
        assertThat(findingsByProfile.get("moved-api-section")).containsExactly(
                at(CRM, ENCRYPTED_KEY, find),
                at(CRM, SET_UP_KEY, setUp));
    }

    @Test
    public void aSecretBehindShowIsCredentialMissingNamingTheButton() {
        assertThat(findingsByProfile.get("secret-hidden")).containsExactly(hiddenSecretFindings());
    }

    @Test
    public void aRenamedPortalTabFailsTheClickAndSuggestsTheNewName() {
        String renamed = "3 label-not-found: step 3 (%s) \"Click Applications, and then click Edit.\":"
                + " no \"Applications\" in the tabs and key actions of My API Keys; nearest: \"Apps\"";
        assertThat(findingsByProfile.get("portal-tabs-renamed")).containsExactly(
                at(CRM, OAUTH, renamed.formatted(INCLUDE + ":32")),
                at(REST, OAUTH, renamed.formatted(REST + ":40")));
    }

    @Test
    public void onKeap2020EveryProcedureFailsAtItsFirstDriftedStep() {
        String settings = "3 label-not-found: step 3 (" + INCLUDE + ":%d) \"In Application Settings, click Application.\":"
                + " the guide says to be in \"Application Settings\", but the browser shows \"Settings\"";
        String[] hidden = hiddenSecretFindings();
        assertThat(findingsByProfile.get("keap-2020")).containsExactly(
                at(CRM, ENCRYPTED_KEY, settings.formatted(23)), hidden[0], hidden[1],
                at(CRM, SET_UP_KEY, settings.formatted(56)),
                hidden[2], hidden[3]);
    }

    /**
     * What lets a drift profile's run leave out the procedures on the other site: the pages of a site it does not
     * change are, byte for byte, the faithful replica's; and each site it is said to change does look different.
     */
    @Test
    public void eachDriftProfileChangesExactlyTheSitesItsRunReplays() throws Exception {
        Map<String, Set<Site>> changed = new LinkedHashMap<>();
        Replica faithful = new Replica().start();
        try {
            for (String profile : ProfileRuns.DRIFTED_SITES.keySet()) {
                Replica drifted = new Replica(ReplicaProfiles.named(profile).orElseThrow(), 0).start();
                try {
                    Set<Site> sites = EnumSet.noneOf(Site.class);
                    for (Site site : Site.values()) {
                        if (!pagesOf(faithful, site).equals(pagesOf(drifted, site))) {
                            sites.add(site);
                        }
                    }
                    changed.put(profile, sites);
                } finally {
                    drifted.stop();
                }
            }
        } finally {
            faithful.stop();
        }
        assertThat(changed).isEqualTo(ProfileRuns.DRIFTED_SITES);
        // Every drift profile of the replica is in the map: one added later must say what it changes.
        assertThat(ProfileRuns.DRIFTED_SITES.keySet()).containsExactlyInAnyOrderElementsOf(ReplicaProfiles.names().stream()
                .filter(p -> !p.equals(ReplicaProfiles.FAITHFUL)).map(p -> ReplicaProfiles.named(p).orElseThrow())
                .filter(p -> !p.faults().any() && p.credentialDrift() == CredentialDrift.NONE)
                .map(ReplicaProfile::name).toList());
    }

    @Test
    public void aRenamedLabelInTheGuideIsLabelNotFoundNamingTheNearestLabel() {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, INCLUDE, 23, "**Application**", "**Applications**");
        assertThat(check("faithful", docs, procedure(CRM, ENCRYPTED_KEY), CRM)).containsExactly(at(CRM, ENCRYPTED_KEY,
                "3 label-not-found: step 3 (" + INCLUDE + ":23) \"In Application Settings, click Applications.\":"
                        + " no \"Applications\" in the settings categories of Application Settings; nearest: \"Application\""));
    }

    @Test
    public void aRemovedNavigationStepIsStepMissingNamingTheMenuEntry() {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.delete(docs, INCLUDE, 21, 22, "2. Navigate to **Admin>Settings**.");
        assertThat(check("faithful", docs, procedure(CRM, ENCRYPTED_KEY), CRM)).containsExactly(at(CRM, ENCRYPTED_KEY,
                "2 step-missing: step 2 (" + INCLUDE + ":21) \"In Application Settings, click Application.\":"
                        + " Application Settings is not open: the browser shows the Infusionsoft app (Dashboard),"
                        + " and the app menu's Admin > Settings opens it; the guide may be missing a step"
                        + " \"Navigate to Admin>Settings\""));
    }

    @Test
    public void aStepMovedBeforeTheOneItNeedsIsStepMissingNamingTheClick() {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, INCLUDE, 23, "3. In Application Settings, click **Application**.",
                "3. Scroll down to the API section and record the **Encrypted Key**.");
        DocsTrees.edit(docs, INCLUDE, 24, "4. Scroll down to the API section and record the **Encrypted Key**.",
                "4. In Application Settings, click **Application**.");
        assertThat(check("faithful", docs, procedure(CRM, ENCRYPTED_KEY), CRM)).containsExactly(at(CRM, ENCRYPTED_KEY,
                "3 step-missing: step 3 (" + INCLUDE + ":23) \"Scroll down to the API section and record the Encrypted Key.\":"
                        + " the API section is not on Application Settings: it is in the Application category,"
                        + " one click away; the guide may be missing a step \"Click Application\""));
    }

    @Test
    public void aMenuPathNamingTheWrongColumnIsLabelMovedNamingTheRightOne() {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, INCLUDE, 21, "**Admin>Settings**", "**CRM>Import Data**");
        assertThat(check("faithful", docs, procedure(CRM, ENCRYPTED_KEY), CRM)).containsExactly(at(CRM, ENCRYPTED_KEY,
                "2 label-moved: step 2 (" + INCLUDE + ":21) \"Navigate to CRM>Import Data.\":"
                        + " no \"Import Data\" in the CRM column of the app menu;"
                        + " it is in the Admin column (Admin > Import Data), one click away"));
    }

    @Test
    public void aGuideFollowingTheRenamedTabFindsTheIconEditButtonByItsAccessibleName() {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, REST, 40, "**Applications**", "**Apps**");
        assertThat(check("portal-tabs-renamed", docs, procedure(REST, OAUTH), REST)).isEmpty();
    }

    @Test
    public void onKeap2020AGuideThatClicksShowMeetsTheProfileMenuAsAMissingStep() {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, REST, 38, "3. Record", "3. Click **Show**.\n3. Record");
        assertThat(check("keap-2020", docs, procedure(REST, OAUTH), REST)).containsExactly(at(REST, OAUTH,
                "4 step-missing: step 4 (" + REST + ":41) \"Click Applications, and then click Edit.\":"
                        + " \"Applications\" is not on My API Keys: it is in the profile menu, one click away;"
                        + " the guide may be missing a step \"Open the profile menu\""));
    }

    @Test
    public void anUnknownProfileIsAOneLineSettingsErrorNamingTheKnownOnes() {
        Properties props = new Properties();
        props.setProperty("guidecheck.replica.profile", "keap-2021");
        assertThatThrownBy(() -> Settings.from(props, Map.of()))
                .isInstanceOf(Settings.SettingsException.class)
                .hasMessage("guidecheck.replica.profile: \"keap-2021\" is not one of [faithful, renamed-category,"
                        + " moved-api-section, secret-hidden, portal-tabs-renamed, keap-2020, stale-secret, stale-encrypted-key,"
                        + " unregistered-callback, slow, flaky]");
    }

    /**
     * Paths of every page the guides visit on each site after the sign-in page, and where a moved API section
     * goes (no page on the faithful replica).
     */
    private static final Map<Site, List<String>> PAGES = Map.of(
            Site.INFUSIONSOFT, List.of("/", "/app/dashboard", "/app/settings", "/app/settings/application", "/app/settings/api"),
            Site.DEVELOPER_PORTAL, List.of("/", "/apps/mykeys", "/apps/myapps", "/apps/myapps/%s/edit", "/apps/"));

    /**
     * The HTML of every page the guides visit on one site of a replica, fetched over HTTP as a signed-in
     * reader's browser would get it, with the replica's own origins written as the guide's.
     */
    private static List<String> pagesOf(Replica replica, Site site) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> pages = new ArrayList<>();
        pages.add(fetch(client, replica, site, "/login"));
        Account account = replica.account(site);
        Map<String, String> form = site == Site.INFUSIONSOFT
                ? Map.of("email", account.username(), "password", account.password())
                : Map.of("name", account.username(), "pass", account.password());
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(replica.whereIs(site, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("signing in to " + site).isEqualTo(302);
        for (String path : PAGES.get(site)) {
            pages.add(fetch(client, replica, site, path.formatted(replica.state().applications().get(0).id())));
        }
        return pages;
    }

    private static String fetch(HttpClient client, Replica replica, Site site, String path)
            throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(replica.whereIs(site, path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String html = page.body().replace(replica.infusionsoftOrigin().toString(), Sites.INFUSIONSOFT.toString())
                .replace(replica.developerPortalOrigin().toString(), Sites.DEVELOPER_PORTAL.toString());
        return path + " " + page.statusCode() + "\n" + html;
    }

    /** The client_secret findings of a portal that hides it behind Show, on the CRM and REST pages in order. */
    private static String[] hiddenSecretFindings() {
        String hidden = "%d credential-missing: step %d (%s) \"Record the client_id and client_secret.\":"
                + " the client_secret is hidden behind a Show button on My API Keys;"
                + " the guide may be missing a step \"Click Show\"";
        return new String[]{
                at(CRM, OAUTH, hidden.formatted(2, 2, INCLUDE + ":30")),
                at(CRM, CREATE, hidden.formatted(5, 5, INCLUDE + ":48")),
                at(REST, OAUTH, hidden.formatted(2, 2, REST + ":38")),
                at(REST, CREATE, hidden.formatted(5, 5, REST + ":53"))};
    }

    /** A finding as this test writes it: page > procedure > position category: message. */
    private static String at(String page, String procedure, String finding) {
        return page + " > " + procedure + " > " + finding;
    }

    private static Predicate<String> procedure(String page, String title) {
        return key -> key.equals(page + " > " + title);
    }

    /** Replays the chosen procedures of the pages (all three when none are named) on a profile; the findings, in order. */
    private List<String> check(String profile, Path docs, Predicate<String> procedures, String... pages) {
        Properties props = new Properties();
        props.setProperty("guidecheck.docs", docs.toString());
        props.setProperty("guidecheck.out", temporaryDirectory().toString());
        props.setProperty("guidecheck.replica.profile", profile);
        props.setProperty("guidecheck.screenshots", "off"); // findings, not images, are under test here
        if (pages.length > 0) {
            props.setProperty("guidecheck.pages", String.join(",", pages));
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        List<String> findings = new ArrayList<>();
        try (GuideRun run = new GuideRun(Settings.from(props, Map.of()), quiet, TestBrowsers.shared())) {
            for (GuideRun.PageRun page : run.pages()) {
                for (Procedure procedure : page.guide().orElseThrow().procedures()) {
                    if (!procedures.test(page.path() + " > " + procedure.title())) {
                        continue;
                    }
                    ProcedureResult result = run.replay(page, procedure, new ConsoleProgress(System.out,
                            profile + " " + GuideRun.shortPage(page.path())));
                    result.failure().map(DriftProfilesTest::finding)
                            .ifPresent(f -> findings.add(at(page.path(), procedure.title(), f)));
                }
            }
        }
        return findings;
    }

    private static String finding(StepResult step) {
        return step.step().position() + " " + step.category().id() + ": " + step.message();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("guidecheck-drift");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
