package dev.guidecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class BrowserSessionTest {

    private static final String MOVING_PAGE = "<div id='box' style='width:10px;transition:width 30s linear'>box</div>"
            + "<script>requestAnimationFrame(() => document.getElementById('box').style.width = '500px')</script>";

    private LocalSite site;
    /**
     * The session of the tests about what a session does; the tests about opening and closing one, and about
     * closing its extra windows, open their own. Reset before each test, as a run resets it before each procedure.
     */
    private BrowserSession shared;

    @BeforeClass
    public void startSiteAndBrowser() throws Exception {
        site = LocalSite.serving(Map.of("/moving", MOVING_PAGE));
        shared = TestBrowsers.session();
    }

    @BeforeMethod
    public void resetTheSharedSession() {
        shared.reset();
    }

    @AfterClass(alwaysRun = true)
    public void stopSiteAndBrowser() {
        site.close();
    }

    private static BrowserSession open() {
        return BrowserFactory.of(BrowserSettings.defaults()).open();
    }

    private static Object js(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    public void aSessionHasThePinnedViewportAndNothingMoves() {
        WebDriver driver = shared.driver();
        driver.get(site.whereIs("/moving").toString());

        assertThat(js(driver, "return [innerWidth, innerHeight, devicePixelRatio]"))
                .isEqualTo(List.of(1280L, 800L, 1L));
        assertThat(js(driver, "return getComputedStyle(document.getElementById('box')).transitionDuration"))
                .isEqualTo("0s");
        assertThat(js(driver, "return getComputedStyle(document.body).caretColor"))
                .isEqualTo("rgba(0, 0, 0, 0)");
        assertThat(driver.getPageSource()).as("the still style is adopted, not written into the page")
                .doesNotContain("animation: none");
    }

    @Test
    public void aDataUrlLoads() {
        shared.driver().get("data:text/html,<h1 id='t'>Hello</h1>");

        assertThat(shared.driver().findElement(By.id("t")).getText()).isEqualTo("Hello");
    }

    /** In a session of its own: the reset may close the window the session's DevTools channel is attached to. */
    @Test
    public void resetDeletesTheCookiesAndStorageAndExtraWindows() {
        try (BrowserSession session = open()) {
            WebDriver driver = session.driver();
            driver.get(site.whereIs("/set").toString());
            js(driver, "localStorage.setItem('k', 'v'); sessionStorage.setItem('k', 'v')");
            driver.switchTo().newWindow(WindowType.TAB);
            driver.get(site.whereIs("/echo-cookie").toString());
            assertThat(driver.findElement(By.id("cookie")).getText()).isEqualTo("visit=first");
            DevToolsChannel.of(driver).orElseThrow().document(); // the channel watches the tab the reset closes

            session.reset();
            session.reset();

            assertThat(driver.getWindowHandles()).hasSize(1);
            assertThat(driver.getCurrentUrl()).isEqualTo("about:blank");
            driver.get(site.whereIs("/echo-cookie").toString());
            assertThat(driver.findElement(By.id("cookie")).getText()).isEqualTo("none");
            assertThat(js(driver, "return [localStorage.getItem('k'), sessionStorage.getItem('k')]"))
                    .isEqualTo(Arrays.asList(null, null));
            assertThat(DevToolsChannel.of(driver).orElseThrow().document()).as("the channel follows the window left")
                    .isNotBlank();
        }
    }

    @Test
    public void aResetSendsABrowserNobodyHasDrivenNothingAndABrowserOnceHandedOutEveryTime() {
        List<String> sent = new CopyOnWriteArrayList<>();
        WebDriver recording = (WebDriver) Proxy.newProxyInstance(WebDriver.class.getClassLoader(),
                new Class<?>[] {WebDriver.class}, (proxy, method, args) -> {
                    sent.add(method.getName());
                    if (method.getName().equals("getWindowHandles")) {
                        throw new WebDriverException("a recording, not a browser");
                    }
                    return null;
                });
        BrowserSession session = new BrowserSession(recording, null);

        session.reset();
        assertThat(sent).as("a browser as it started is as new").isEmpty();

        session.driver(); // kept by its user across resets, as page objects and tests do
        assertThatThrownBy(session::reset).isInstanceOf(WebDriverException.class);
        assertThatThrownBy(session::reset).isInstanceOf(WebDriverException.class);
        assertThat(sent).containsExactly("getWindowHandles", "getWindowHandles");
        session.close();
    }

    @Test
    public void theDocumentsOfPagesLeftDoNotPileUpOverManyResets() {
        // One renderer serves a whole run: what resets leave behind would pile up for hundreds of page loads.
        int before = documents();
        int resets = 5 * BrowserSession.COLLECT_EVERY;
        for (int i = 0; i < resets; i++) {
            shared.driver().get(site.whereIs("/moving").toString());
            shared.reset();
        }

        // Left alone they grew by 80 (a load and a reset leave about four documents); collected every few resets,
        // what the last few left is all that remains.
        assertThat(documents() - before).isLessThan(resets);
    }

    private int documents() {
        return ((Number) DevToolsChannel.of(shared.driver()).orElseThrow().send("Memory.getDOMCounters", Map.of())
                .get("documents")).intValue();
    }

    @Test
    public void resetWorksFromPagesWithoutAnOrigin() {
        shared.driver().get("data:text/html,<p>no origin, no storage</p>");

        shared.reset();

        assertThat(shared.driver().getCurrentUrl()).isEqualTo("about:blank");
    }

    @Test
    public void closeDeletesTheProfileDirectory() {
        BrowserSession session = open();
        Path profile = session.profileDir().orElseThrow();
        assertThat(profile).isDirectory();

        session.close();

        assertThat(Files.exists(profile)).isFalse();
        assertThat(session.isClosed()).isTrue();
    }

    @Test
    public void closingASessionWhoseBrowserDiedDoesNotThrow() {
        BrowserSession session = open();
        session.driver().quit();

        assertThat(session.isAlive()).isFalse();
        assertThatCode(session::close).doesNotThrowAnyException();
        assertThat(Files.exists(session.profileDir().orElseThrow())).isFalse();
    }

    @Test
    public void aBrowserThatWasKilledLeavesNothingInTheTemporaryFolderOnceItsSessionIsClosed() throws Exception {
        BrowserSession session = open();
        Path profile = session.profileDir().orElseThrow();
        Path socketFolder = BrowserSession.socketFolder(profile).orElseThrow();
        assertThat(socketFolder).as("Chromium's socket folder, outside the profile").isDirectory()
                .satisfies(f -> assertThat(f.startsWith(profile)).isFalse());

        List<ProcessHandle> browser = processesNaming(profile);
        assertThat(browser).as("the browser's processes").isNotEmpty();
        browser.forEach(ProcessHandle::destroyForcibly); // SIGKILL: Chromium cannot tidy up after itself
        // Until none runs (a killed one its driver has not reaped yet has no command line left): bounded.
        Instant deadline = Instant.now().plusSeconds(10);
        while (!processesNaming(profile).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(processesNaming(profile)).as("the browser's processes, killed").isEmpty();
        assertThat(socketFolder).as("left by the killed browser").isDirectory();

        session.close();

        assertThat(profile).doesNotExist();
        assertThat(socketFolder).doesNotExist();
    }

    /**
     * This JVM's descendants whose command line names the path (read from /proc: Chromium rewrites the command
     * line that ProcessHandle reports).
     */
    private static List<ProcessHandle> processesNaming(Path path) {
        return ProcessHandle.current().descendants().filter(p -> {
            try {
                return Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"),
                        StandardCharsets.ISO_8859_1).contains(path.toString());
            } catch (IOException | UncheckedIOException e) {
                return false; // ended meanwhile
            }
        }).toList();
    }

    @Test
    public void versionsComeFromTheCapabilities() {
        assertThat(shared.browserVersion()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(shared.driverVersion()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(shared.driverVersion().split("\\.")[0]).isEqualTo(shared.browserVersion().split("\\.")[0]);
    }

    @Test
    public void seleniumManagerIsNeverAskedForTheDriver() {
        List<LogRecord> finder = new ArrayList<>();
        List<LogRecord> manager = new ArrayList<>();
        Logger finderLog = Logger.getLogger("org.openqa.selenium.remote.service.DriverFinder");
        Logger managerLog = Logger.getLogger("org.openqa.selenium.manager.SeleniumManager");
        Handler toFinder = collectInto(finder);
        Handler toManager = collectInto(manager);
        Level finderLevel = finderLog.getLevel();
        Level managerLevel = managerLog.getLevel();
        finderLog.setLevel(Level.FINE);
        managerLog.setLevel(Level.FINE);
        finderLog.addHandler(toFinder);
        managerLog.addHandler(toManager);
        try (BrowserSession session = open()) {
            assertThat(session.isAlive()).isTrue();
        } finally {
            finderLog.removeHandler(toFinder);
            managerLog.removeHandler(toManager);
            finderLog.setLevel(finderLevel);
            managerLog.setLevel(managerLevel);
        }

        assertThat(finder).extracting(LogRecord::getMessage)
                .anyMatch(message -> message.startsWith("Skipping Selenium Manager"));
        assertThat(manager).as("Selenium Manager logs whenever it runs").isEmpty();
    }

    private static Handler collectInto(List<LogRecord> records) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        return handler;
    }
}
