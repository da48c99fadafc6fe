package dev.guidecheck.pages;

import com.sun.net.httpserver.HttpServer;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.Site;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Waiting for a page: the next page is waited for on a driver without the DevTools protocol (as on some Grids),
 * by asking the page; a page the site answered with an HTTP error ends the wait at once, saying so.
 */
public class WaitsTest {

    private Replica replica;
    private WebDriver driver;

    @BeforeClass
    public void takeTheBrowser() {
        replica = Replica.shared();
        driver = TestBrowsers.session().driver();
    }

    @Test
    public void withoutDevToolsANavigationIsWaitedForByAskingThePage() {
        replica.reset();
        WebDriver withoutDevTools = withoutDevTools(driver);
        withoutDevTools.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys").toString());

        Screen landed = new PortalSignInPage(withoutDevTools).signIn(replica.account(Site.DEVELOPER_PORTAL));

        assertThat(landed).isInstanceOf(MyApiKeysPage.class);
        Screen applications = ((MyApiKeysPage) landed).click("Applications");
        assertThat(applications).isInstanceOf(ApplicationsPage.class);
    }

    @Test
    public void aPageTheSiteAnsweredWithAnErrorEndsTheWaitAtOnceAndSaysTheStatus() throws IOException {
        // A struggling server, as the flaky replica profile plays one: 503 and an empty page.
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/login";
            driver.get(url);

            assertThatThrownBy(() -> new SignInPage(driver)).isInstanceOf(WrongPageException.class)
                    .hasMessage("expected the Infusionsoft sign-in page, but the site answered HTTP 503 at " + url);
            assertThatThrownBy(() -> Screens.current(driver)).isInstanceOf(WrongPageException.class)
                    .hasMessageStartingWith("expected one of ").hasMessageEndingWith(", but the site answered HTTP 503 at " + url);
        } finally {
            server.stop(0);
        }
    }

    /** The same browser, offering only what a plain remote driver offers. */
    private static WebDriver withoutDevTools(WebDriver driver) {
        return (WebDriver) Proxy.newProxyInstance(WaitsTest.class.getClassLoader(),
                new Class<?>[] {WebDriver.class, JavascriptExecutor.class, TakesScreenshot.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(driver, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
