package dev.guidecheck.pages;

import dev.guidecheck.browser.TestBrowsers;
import org.openqa.selenium.WebDriver;

/**
 * The page-object tests' browser: their thread's browser of the test JVM ({@link TestBrowsers}), started by the
 * production factory with the flags that make screenshots repeatable, as the page objects meet it in a run.
 */
final class TestBrowser {

    private TestBrowser() {
    }

    /** This thread's browser, on a blank page with no cookies; the JVM quits it when it ends. */
    static WebDriver shared() {
        return TestBrowsers.session().driver();
    }

    /** Back to a blank page with no cookies, between tests. */
    static void clean(WebDriver driver) {
        driver.get("about:blank");
        driver.manage().deleteAllCookies();
    }
}
