package dev.guidecheck.pages;

import dev.guidecheck.browser.BrowserOptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A headless Chromium for the page-object tests, with the production flags that make screenshots repeatable.
 * The production browser factory lives elsewhere; this is only the tests' own fixture.
 */
final class TestBrowser {

    /** One per test thread: test classes run two at a time, and each drives its own browser. */
    private static final ThreadLocal<WebDriver> SHARED = new ThreadLocal<>();

    private TestBrowser() {
    }

    /**
     * The page-object tests' browser, one per test thread (one start instead of one per class), quit when the
     * JVM ends; handed out on a blank page with no cookies.
     */
    static WebDriver shared() {
        WebDriver driver = SHARED.get();
        if (driver == null) {
            driver = start();
            SHARED.set(driver);
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit, "page-object-test-browser"));
        }
        clean(driver);
        return driver;
    }

    private static WebDriver start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("guidecheck-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(BrowserOptions.arguments(true));
        options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        return new ChromeDriver(service, options);
    }

    /** Back to a blank page with no cookies, between tests. */
    static void clean(WebDriver driver) {
        driver.get("about:blank");
        driver.manage().deleteAllCookies();
    }
}
