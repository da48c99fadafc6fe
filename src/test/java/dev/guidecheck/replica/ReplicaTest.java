package dev.guidecheck.replica;

import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The replica over plain HTTP: what a browser would get, without one. */
public class ReplicaTest {

    private Replica replica;

    @BeforeClass
    public void start() {
        replica = new Replica().start();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        replica.stop();
    }

    @BeforeMethod
    public void reset() {
        replica.reset();
    }

    @Test
    public void bothSitesListenOnLoopbackOnlyOnTheirOwnPorts() throws Exception {
        URI app = replica.infusionsoftOrigin();
        URI portal = replica.developerPortalOrigin();
        assertThat(app.getHost()).isEqualTo("127.0.0.1");
        assertThat(portal.getHost()).isEqualTo("127.0.0.1");
        assertThat(app.getPort()).isNotEqualTo(portal.getPort());
        assertThat(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys").toString()).isEqualTo(portal + "/apps/mykeys");
        for (InetAddress address : InetAddress.getAllByName(InetAddress.getLocalHost().getHostName())) {
            if (!address.isLoopbackAddress()) {
                assertThat(connects(address, app.getPort())).as("reachable on " + address).isFalse();
            }
        }
        assertThat(connects(InetAddress.getByName("127.0.0.1"), app.getPort())).isTrue();
    }

    @Test
    public void homePageLinksToLogIn() throws Exception {
        HttpResponse<String> home = new Browser().get(replica.whereIs(Site.INFUSIONSOFT, "/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/login\"").contains(">Log In<");
        HttpResponse<String> login = new Browser().get(replica.whereIs(Site.INFUSIONSOFT, "/login"));
        assertThat(login.body()).contains("name=\"email\"", "name=\"password\"", ">Log In<").doesNotContain("form-error");
    }

    @Test
    public void appPagesRequireSignIn() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> settings = browser.get(replica.whereIs(Site.INFUSIONSOFT, "/app/settings/application"));
        assertThat(settings.statusCode()).isEqualTo(302);
        assertThat(settings.headers().firstValue("Location")).hasValue("/login?destination=%2Fapp%2Fsettings%2Fapplication");
        HttpResponse<String> keys = browser.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys"));
        assertThat(keys.statusCode()).isEqualTo(302);
        assertThat(keys.headers().firstValue("Location")).hasValue("/login?destination=%2Fapps%2Fmykeys");
    }

    @Test
    public void signInReturnsToTheDestination() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> signedIn = browser.post(replica.whereIs(Site.DEVELOPER_PORTAL, "/login"), Map.of(
                "name", SeededAccounts.DEVELOPER.username(), "pass", SeededAccounts.DEVELOPER.password(),
                "destination", "/apps/myapps"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/apps/myapps");
        assertThat(browser.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/myapps")).body()).contains("Awesome Docs app");
    }

    @Test
    public void wrongPasswordIsRejectedWithAMessage() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> app = browser.post(replica.whereIs(Site.INFUSIONSOFT, "/login"),
                Map.of("email", SeededAccounts.INFUSIONSOFT_USER.username(), "password", "wrong"));
        assertThat(app.statusCode()).isEqualTo(401);
        assertThat(app.body()).contains("The email or password you entered is incorrect.").contains("name=\"password\"");
        assertThat(browser.get(replica.whereIs(Site.INFUSIONSOFT, "/app/dashboard")).statusCode()).isEqualTo(302);
        HttpResponse<String> portal = browser.post(replica.whereIs(Site.DEVELOPER_PORTAL, "/login"),
                Map.of("name", SeededAccounts.DEVELOPER.username(), "pass", "wrong"));
        assertThat(portal.statusCode()).isEqualTo(401);
        assertThat(portal.body()).contains("Sorry, unrecognized username or password.");
    }

    @Test
    public void theSitesKeepSeparateSessions() throws Exception {
        Browser browser = signedInToApp();
        assertThat(browser.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys")).statusCode()).isEqualTo(302);
        assertThat(browser.cookies.getCookieStore().getCookies())
                .extracting(java.net.HttpCookie::getName).contains(Site.INFUSIONSOFT.sessionCookie());
    }

    @Test
    public void savingAPassphraseIssuesANewEncryptedKey() throws Exception {
        Browser browser = signedInToApp();
        URI application = replica.whereIs(Site.INFUSIONSOFT, "/app/settings/application");
        String before = encryptedKeyIn(browser.get(application).body());
        assertThat(before).matches("[0-9a-f]{32}").isEqualTo(replica.state().encryptedKey());

        HttpResponse<String> saved = browser.post(application, Map.of("section", "api", "apiPassphrase", "correct horse", "allowedIpList", ""));
        assertThat(saved.statusCode()).isEqualTo(302);
        String page = browser.get(application).body();
        String after = encryptedKeyIn(page);
        assertThat(after).matches("[0-9a-f]{32}").isNotEqualTo(before);
        assertThat(page).contains("Settings saved");
    }

    @Test
    public void savingWithoutChangingThePassphraseKeepsTheKey() throws Exception {
        Browser browser = signedInToApp();
        String before = replica.state().encryptedKey();
        browser.post(replica.whereIs(Site.INFUSIONSOFT, "/app/settings/application"),
                Map.of("section", "api", "apiPassphrase", InfusionsoftSite.UNCHANGED_PASSPHRASE, "allowedIpList", "10.0.0.1"));
        assertThat(replica.state().encryptedKey()).isEqualTo(before);
        assertThat(replica.state().allowedIpList()).isEqualTo("10.0.0.1");
    }

    @Test
    public void settingsListTheCategoriesAndApplicationHasTheApiSectionLowDown() throws Exception {
        Browser browser = signedInToApp();
        String settings = browser.get(replica.whereIs(Site.INFUSIONSOFT, "/app/settings")).body();
        assertThat(settings).contains("Application Settings", ">Application<", ">Company<", ">Contacts<", ">Orders<", ">Misc<");
        String application = browser.get(replica.whereIs(Site.INFUSIONSOFT, "/app/settings/application")).body();
        assertThat(application.indexOf("<h3>API</h3>")).isGreaterThan(application.indexOf("<h3>Tracking</h3>"));
        assertThat(application).contains("API Passphrase:", "Encrypted Key:", "Allowed IP List:",
                "Incoming Action Set: (Add)", "Incoming Action Set: (Update)", ">Actions<", ">Save<");
    }

    @Test
    public void registeringAnApplicationIssuesCredentials() throws Exception {
        Browser browser = signedInToPortal();
        HttpResponse<String> form = browser.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/"));
        assertThat(form.body()).contains("Register Callback URL", "Register Application", "required");
        HttpResponse<String> registered = browser.post(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/"), Map.of(
                "name", "Docs checker", "website", "https://example.com/", "description", "",
                "callbackUrl", "https://example.com/oauth/new"));
        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(registered.headers().firstValue("Location")).hasValue("/apps/mykeys");
        DeveloperApplication newest = replica.state().applications().get(0);
        assertThat(newest.name()).isEqualTo("Docs checker");
        assertThat(newest.clientId()).matches("[a-z0-9]{24}");
        assertThat(newest.clientSecret()).matches("[A-Za-z0-9]{10}");
        String keys = browser.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys")).body();
        assertThat(keys.indexOf(newest.clientId())).isLessThan(keys.indexOf(replica.state().applications().get(1).clientId()));
    }

    @Test
    public void missingRequiredFieldsShowTheFormAgainWithAMessage() throws Exception {
        Browser browser = signedInToPortal();
        HttpResponse<String> rejected = browser.post(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/"), Map.of("website", "not a url"));
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.body()).contains("Name of your application field is required.", "Web Site must be a web address");
        assertThat(replica.state().applications()).hasSize(1);
    }

    @Test
    public void editingAnApplicationKeepsTheCallbackUrl() throws Exception {
        Browser browser = signedInToPortal();
        DeveloperApplication seeded = replica.state().applications().get(0);
        URI edit = replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/myapps/" + seeded.id() + "/edit");
        String form = browser.get(edit).body();
        assertThat(form).contains("value=\"" + seeded.callbackUrl() + "\"");
        HttpResponse<String> saved = browser.post(edit, Map.of("name", "Renamed app", "website", seeded.website(),
                "description", seeded.description(), "callbackUrl", seeded.callbackUrl()));
        assertThat(saved.statusCode()).isEqualTo(302);
        DeveloperApplication edited = replica.state().application(seeded.id()).orElseThrow();
        assertThat(edited.name()).isEqualTo("Renamed app");
        assertThat(edited.callbackUrl()).isEqualTo("https://example.com/oauth/callback");
        assertThat(edited.clientId()).isEqualTo(seeded.clientId());
    }

    @Test
    public void resetRestoresTheSeedAndSignsEveryoneOut() throws Exception {
        String seededKey = replica.state().encryptedKey();
        DeveloperApplication seededApp = replica.state().applications().get(0);
        Browser app = signedInToApp();
        app.post(replica.whereIs(Site.INFUSIONSOFT, "/app/settings/application"), Map.of("section", "api", "apiPassphrase", "x"));
        Browser portal = signedInToPortal();
        portal.post(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/"), Map.of("name", "Another", "website", "https://example.com/"));
        assertThat(replica.state().encryptedKey()).isNotEqualTo(seededKey);

        replica.reset();

        assertThat(replica.state().encryptedKey()).isEqualTo(seededKey);
        assertThat(replica.state().applications()).containsExactly(seededApp);
        assertThat(app.get(replica.whereIs(Site.INFUSIONSOFT, "/app/dashboard")).statusCode()).isEqualTo(302);
        assertThat(portal.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys")).statusCode()).isEqualTo(302);
    }

    @Test
    public void theSameStateRendersTheSamePage() throws Exception {
        String first = signedInToPortal().get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys")).body();
        replica.reset();
        String second = signedInToPortal().get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys")).body();
        assertThat(second).isEqualTo(first).contains("2 hours ago", "Production: Infusionsoft CRM: Basic Plan");
    }

    @Test
    public void twoReplicasPickTheirOwnFreePorts() {
        Replica other = new Replica().start();
        try {
            assertThat(other.infusionsoftOrigin().getPort())
                    .isNotIn(replica.infusionsoftOrigin().getPort(), replica.developerPortalOrigin().getPort());
            assertThat(other.developerPortalOrigin().getPort())
                    .isNotIn(replica.infusionsoftOrigin().getPort(), replica.developerPortalOrigin().getPort());
        } finally {
            other.stop();
        }
    }

    @Test
    public void unknownPagesAndBadIdsAreNotFoundNotErrors() throws Exception {
        Browser browser = signedInToPortal();
        assertThat(browser.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/myapps/999/edit")).statusCode()).isEqualTo(404);
        assertThat(browser.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/nowhere")).statusCode()).isEqualTo(404);
        assertThat(signedInToApp().get(replica.whereIs(Site.INFUSIONSOFT, "/app/settings/nope")).statusCode()).isEqualTo(404);
    }

    @Test
    public void staticFilesAreServed() throws Exception {
        HttpResponse<String> css = new Browser().get(replica.whereIs(Site.INFUSIONSOFT, "/replica-static/infusionsoft.css"));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).startsWith("text/css");
    }

    private Browser signedInToApp() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> response = browser.post(replica.whereIs(Site.INFUSIONSOFT, "/login"), Map.of(
                "email", SeededAccounts.INFUSIONSOFT_USER.username(), "password", SeededAccounts.INFUSIONSOFT_USER.password()));
        assertThat(response.statusCode()).isEqualTo(302);
        return browser;
    }

    private Browser signedInToPortal() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> response = browser.post(replica.whereIs(Site.DEVELOPER_PORTAL, "/login"), Map.of(
                "name", SeededAccounts.DEVELOPER.username(), "pass", SeededAccounts.DEVELOPER.password()));
        assertThat(response.statusCode()).isEqualTo(302);
        return browser;
    }

    private static String encryptedKeyIn(String page) {
        Matcher m = Pattern.compile("id=\"encryptedKey\">([^<]*)<").matcher(page);
        assertThat(m.find()).as("Encrypted Key on the page").isTrue();
        return m.group(1);
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An HTTP client with a cookie jar that does not follow redirects, so tests see them. */
    private static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(URI uri, Map<String, String> form) throws IOException, InterruptedException {
            String body = new LinkedHashMap<>(form).entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
