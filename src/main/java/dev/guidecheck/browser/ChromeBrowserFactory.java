package dev.guidecheck.browser;

import java.time.Duration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * Starts Chromium for one guide replay, locally through chromedriver or on a Selenium Grid, and pins
 * what the page sees (viewport, scale, no motion) through the DevTools protocol before the first page.
 */
public final class ChromeBrowserFactory implements BrowserFactory {

    private static final System.Logger LOG = System.getLogger(ChromeBrowserFactory.class.getName());
    private static final String PROFILE_PREFIX = "guidecheck-profile-";

    private final BrowserSettings settings;
    private final DriverResolver resolver;

    public ChromeBrowserFactory(BrowserSettings settings, DriverResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    @Override
    public BrowserSession open() {
        BrowserStarts.begin();
        try {
            BrowserSession session = settings.remote() ? openOnGrid() : openLocal();
            if (!session.closedAtExit()) {
                // It started after the JVM began to end, so no hook closes it at exit: closed now, before the
                // JVM's end stops waiting for this start.
                session.close();
                throw new BrowserSetupException("the run is stopping: the browser it was starting was closed");
            }
            return session;
        } finally {
            BrowserStarts.finish();
        }
    }

    /**
     * How many times a local browser is started before its failure is the run's. Once among the few hundred
     * starts of a day's benchmark runs (2026-12-02: the second of two lanes starting as one process while the
     * first replayed), Chromium closed its connection before the session began ("session deleted as the
     * browser has closed the connection"), and the run stopped with 8 of its 10 procedures not run; started
     * again, it works. A browser that cannot start at all fails as many times, each within a second or two.
     */
    static final int STARTS = 2;

    private BrowserSession openLocal() {
        Path browser = resolver.browserBinary(settings.browserBinary());
        Path driverPath = resolver.driver(settings.driverPath(), browser);
        WebDriverException failure = null;
        for (int start = 1; start <= STARTS; start++) {
            Path profile = createProfileDir();
            // The driver's path is given to the service, so Selenium Manager is never asked for one: it would
            // otherwise try the network on a machine that has none.
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driverPath.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = BrowserOptions.chrome(settings.headless(), settings.runsAsOneProcess(), browser, profile);
            ChromeDriver driver;
            try {
                // A failed session start quits the driver it started (RemoteWebDriver's constructor does).
                driver = new ChromeDriver(service, options);
            } catch (WebDriverException e) {
                BrowserSession.deleteQuietly(profile);
                failure = e;
                if (start < STARTS) {
                    LOG.log(Level.WARNING, "Chromium {0} did not start ({1}); starting it again", browser,
                            firstLine(e.getMessage()));
                }
                continue;
            }
            BrowserSession session = new BrowserSession(driver, profile);
            prepareOrClose(session, driver);
            return session;
        }
        throw new BrowserSetupException("Chromium " + browser + " did not start with " + driverPath + " (" + STARTS
                + " tries): " + firstLine(failure.getMessage()) + manyProcessesHint(), failure);
    }

    /** How long to wait for a Grid to accept a connection. */
    static final Duration GRID_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long one Grid command may take, a new session included. */
    static final Duration GRID_READ_TIMEOUT = Duration.ofSeconds(90);

    private BrowserSession openOnGrid() {
        // The profile directory and browser path would name files on the Grid node, not here.
        ChromeOptions options = BrowserOptions.chrome(settings.headless(), settings.runsAsOneProcess(), settings.browserBinary(), null);
        RemoteWebDriver remote;
        try {
            // Bounded: an unreachable Grid is an environment failure within seconds, not a hang.
            ClientConfig config = ClientConfig.defaultConfig().baseUrl(settings.gridUrl().toURL())
                    .connectionTimeout(GRID_CONNECT_TIMEOUT).readTimeout(GRID_READ_TIMEOUT);
            remote = (RemoteWebDriver) RemoteWebDriver.builder().oneOf(options).config(config).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new BrowserSetupException("the Grid URL " + settings.gridUrl() + " is not a URL", e);
        } catch (WebDriverException e) {
            throw new BrowserSetupException("the Grid at " + settings.gridUrl() + " gave no Chrome session: "
                    + firstLine(e.getMessage()) + manyProcessesHint(), e);
        }
        // A RemoteWebDriver offers DevTools only once augmented, through the Grid's CDP endpoint.
        WebDriver driver = new Augmenter().augment(remote);
        BrowserSession session = new BrowserSession(driver, null);
        prepareOrClose(session, driver);
        return session;
    }

    private static void prepareOrClose(BrowserSession session, WebDriver driver) {
        try {
            prepare(driver);
        } catch (RuntimeException e) {
            session.close();
            throw new BrowserSetupException("Chromium started but could not be prepared for stable screenshots: "
                    + firstLine(e.getMessage()), e);
        }
    }

    /** Pins the viewport and stops motion on every page the session will load. */
    static void prepare(WebDriver driver) {
        if (!(driver instanceof HasCdp)) {
            throw new IllegalStateException("the browser offers no DevTools protocol (" + driver.getClass().getName() + ")");
        }
        HasCdp cdp = (HasCdp) driver;
        // The window size alone leaves the viewport to the platform; this makes it exact everywhere.
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", BrowserOptions.VIEWPORT_WIDTH,
                "height", BrowserOptions.VIEWPORT_HEIGHT,
                "deviceScaleFactor", 1,
                "mobile", false));
        cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", BrowserOptions.stillStyleScript()));
    }

    private static Path createProfileDir() {
        try {
            return Files.createTempDirectory(PROFILE_PREFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary Chromium profile directory", e);
        }
    }

    /**
     * What to try when a headless browser started as one process did not start: some Chrome builds will not
     * run that way (Chromium's developers support it for testing only).
     */
    private String manyProcessesHint() {
        return settings.runsAsOneProcess()
                ? " (it was started as one process; if this browser does not run that way, -Dguidecheck.browser.processes=many)"
                : "";
    }

    static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
