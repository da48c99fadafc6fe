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
import java.util.Comparator;
import java.util.stream.Stream;

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
            Path profile = profileDirectory();
            WebDriver started = start(profile);
            driver = started;
            SHARED.set(driver);
            // Quit, then delete its profile: a test JVM leaves no browser and no profile folder behind.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.quit();
                deleteTree(profile);
            }, "page-object-test-browser"));
        }
        clean(driver);
        return driver;
    }

    private static Path profileDirectory() {
        try {
            return Files.createTempDirectory("guidecheck-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // The JVM is ending; a folder left in the temporary directory is all that is lost.
        }
    }

    private static WebDriver start(Path profile) {
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
