package dev.guidecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.guidecheck.pages.MyApiKeysPage;
import dev.guidecheck.pages.PortalSignInPage;
import dev.guidecheck.pages.Screens;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.Site;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/** A saved session restores what was saved, cookie for cookie, and a browser it is restored into is signed in. */
public class SavedSessionTest {

    private Replica replica;

    @BeforeClass
    public void startTheReplica() {
        replica = new Replica().start();
    }

    @AfterClass(alwaysRun = true)
    public void stopIt() {
        replica.stop();
    }

    @Test
    public void aSessionRestoredIntoANewBrowserIsSignedInWithEveryCookieAsSaved() throws Exception {
        URI portal = replica.developerPortalOrigin();
        Path file = Files.createTempDirectory("guidecheck-session").resolve("session.json");
        Set<String> saved;
        try (BrowserSession first = BrowserFactory.of(BrowserSettings.defaults()).open()) {
            WebDriver driver = first.driver();
            driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/login").toString());
            new PortalSignInPage(driver).signIn(replica.account(Site.DEVELOPER_PORTAL));
            // A cookie with every attribute a browser keeps set otherwise than by default.
            driver.manage().addCookie(new Cookie.Builder("preference", "compact").path("/")
                    .expiresOn(new Date(System.currentTimeMillis() / 1000 * 1000 + 86_400_000L))
                    .isSecure(true).sameSite("Strict").build());
            // And one the site's home page is not sent: a cookie scoped to a path.
            driver.manage().addCookie(new Cookie.Builder("tab", "keys").path("/apps").build());
            SavedSession.capture(driver, List.of(portal)).write(file);
            driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys").toString());
            saved = cookies(driver);
        }
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(saved).anyMatch(c -> c.startsWith("preference=compact; domain=127.0.0.1; path=/; expiry=")
                && c.endsWith("; secure=true; httpOnly=false; sameSite=Strict"));
        assertThat(saved).anyMatch(c -> c.startsWith(Site.DEVELOPER_PORTAL.sessionCookie() + "=") && c.contains("httpOnly=true"));
        assertThat(saved).anyMatch(c -> c.startsWith("tab=keys; domain=127.0.0.1; path=/apps; expiry=null"));

        try (BrowserSession second = BrowserFactory.of(BrowserSettings.defaults()).open()) {
            WebDriver driver = second.driver();
            driver.get(portal + "/");
            SavedSession.read(file).restore(driver, portal);

            driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys").toString());
            assertThat(Screens.current(driver)).as("a page behind sign-in opens").isInstanceOf(MyApiKeysPage.class);
            assertThat(cookies(driver)).as("what the new browser sends that page").isEqualTo(saved);
        }
    }

    @Test
    public void aSessionIsSavedFromAnotherTabWhenThePersonClosedTheFirst() throws Exception {
        URI portal = replica.developerPortalOrigin();
        try (BrowserSession browser = BrowserFactory.of(BrowserSettings.defaults()).open()) {
            WebDriver driver = browser.driver();
            String first = driver.getWindowHandle();
            // As a person might: the portal signed in to in a new tab, and the first tab closed.
            driver.switchTo().newWindow(WindowType.TAB);
            driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/login").toString());
            new PortalSignInPage(driver).signIn(replica.account(Site.DEVELOPER_PORTAL));
            String second = driver.getWindowHandle();
            driver.switchTo().window(first).close();

            SavedSession session = SavedSession.capture(driver, List.of(portal));

            assertThat(driver.getWindowHandle()).isEqualTo(second);
            Path file = Files.createTempDirectory("guidecheck-session").resolve("session.json");
            session.write(file);
            assertThat(Files.readString(file)).contains("\"" + Site.DEVELOPER_PORTAL.sessionCookie() + "\"");
        }
    }

    @Test
    public void aDomainCookieGetsItsDomainBackAndAHostCookieStaysOnItsHost() throws Exception {
        Path file = Files.createTempDirectory("guidecheck-session").resolve("session.json");
        Files.writeString(file, """
                {"https://www.example.com": [
                  {"name": "sid", "value": "s3cr3t-session-id", "domain": ".example.com", "path": "/",
                   "expiry": 1900000000000, "secure": true, "httpOnly": true, "sameSite": "None"},
                  {"name": "host", "value": "h0st-only-value", "domain": "www.example.com", "path": "/app",
                   "expiry": null, "secure": false, "httpOnly": false, "sameSite": "Lax"},
                  {"name": "old", "value": "saved-before-samesite", "domain": "www.example.com", "path": "/",
                   "expiry": null, "secure": false, "httpOnly": false}
                ]}""");
        List<Cookie> added = new ArrayList<>();

        SavedSession session = SavedSession.read(file);
        session.restore(recording(added), URI.create("https://www.example.com"));

        assertThat(added).extracting(Cookie::getName, Cookie::getDomain, Cookie::getPath, Cookie::getExpiry,
                Cookie::isSecure, Cookie::isHttpOnly, Cookie::getSameSite).containsExactly(
                tuple("sid", ".example.com", "/", new Date(1900000000000L), true, true, "None"),
                tuple("host", null, "/app", null, false, false, "Lax"),
                tuple("old", null, "/", null, false, false, null));
        assertThat(session.values()).containsExactly("s3cr3t-session-id", "h0st-only-value", "saved-before-samesite");
    }

    @Test
    public void aSiteIsSavedTheCookiesTheBrowserSendsIt() {
        URI www = URI.create("https://www.example.com");

        assertThat(SavedSession.sentTo(www, "www.example.com", true)).as("its host's").isTrue();
        assertThat(SavedSession.sentTo(www, ".example.com", false)).as("its domain's").isTrue();
        assertThat(SavedSession.sentTo(www, ".www.example.com", false)).as("its own, as a domain").isTrue();
        assertThat(SavedSession.sentTo(www, "example.com", false)).as("the parent host's alone").isFalse();
        assertThat(SavedSession.sentTo(www, ".ample.com", false)).as("a domain its name only ends in").isFalse();
        assertThat(SavedSession.sentTo(www, "api.example.com", false)).as("a sibling host's").isFalse();
        assertThat(SavedSession.sentTo(URI.create("http://www.example.com"), "www.example.com", true))
                .as("a Secure one over http").isFalse();
        assertThat(SavedSession.sentTo(URI.create("http://127.0.0.1:8080"), "127.0.0.1", true))
                .as("a Secure one to the loopback address").isTrue();
    }

    /** Every attribute of every cookie the browser sends to the page it shows, one line each. */
    private static Set<String> cookies(WebDriver driver) {
        return driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue() + "; domain=" + c.getDomain() + "; path=" + c.getPath()
                        + "; expiry=" + (c.getExpiry() == null ? null : c.getExpiry().getTime()) + "; secure=" + c.isSecure()
                        + "; httpOnly=" + c.isHttpOnly() + "; sameSite=" + c.getSameSite())
                .collect(Collectors.toSet());
    }

    /** A driver that only keeps the cookies it is given. */
    private static WebDriver recording(List<Cookie> added) {
        WebDriver.Options options = (WebDriver.Options) Proxy.newProxyInstance(SavedSessionTest.class.getClassLoader(),
                new Class<?>[] {WebDriver.Options.class}, (proxy, method, args) -> {
                    if (method.getName().equals("addCookie")) {
                        added.add((Cookie) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (WebDriver) Proxy.newProxyInstance(SavedSessionTest.class.getClassLoader(),
                new Class<?>[] {WebDriver.class}, (proxy, method, args) -> {
                    if (method.getName().equals("manage")) {
                        return options;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
