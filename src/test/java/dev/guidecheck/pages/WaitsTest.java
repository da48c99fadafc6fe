package dev.guidecheck.pages;

import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.Site;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting for the next page works on a driver without the DevTools protocol (as on some Grids), by asking the page. */
public class WaitsTest {

    private Replica replica;
    private WebDriver driver;

    @BeforeClass
    public void takeTheBrowser() {
        replica = Replica.shared();
        driver = TestBrowser.shared();
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
