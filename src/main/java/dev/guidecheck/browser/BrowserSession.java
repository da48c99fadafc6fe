package dev.guidecheck.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

/**
 * One running browser and the temporary profile it writes to: handed to a test, reset between tests,
 * and closed (profile deleted) at the end even when the browser has already died.
 */
public final class BrowserSession implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(BrowserSession.class.getName());

    private static final String CLEAR_WEB_STORAGE =
            "try { window.localStorage.clear(); } catch (e) { }"
            + " try { window.sessionStorage.clear(); } catch (e) { }";

    /** How long a page may take to give way to about:blank when it is asked to. */
    static final Duration BLANK_TIMEOUT = Duration.ofSeconds(5);
    /** How many resets go by between collections of the renderer's garbage ({@link #collectGarbage}). */
    static final int COLLECT_EVERY = 4;

    private final WebDriver driver;
    private final Path profileDir;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean closed;
    /** Whether the driver was ever handed out: until then the browser is as it started. */
    private volatile boolean handedOut;
    /** Resets through the channel so far: every {@value #COLLECT_EVERY}th collects the renderer's garbage. */
    private int blankResets;
    /**
     * Closes the session if the JVM ends with it open: a run stopped by its scheduler's time limit, by a
     * cancelled CI job or by Ctrl-C would otherwise leave Chromium and its driver running after it, and the
     * profile in the temporary folder, once per stopped run.
     */
    private final Thread closeAtExit = new Thread(this::close, "guidecheck-browser-exit");
    private final boolean closedAtExit;

    /**
     * @param driver     a started driver, which this session now owns
     * @param profileDir the temporary profile directory to delete on close, or null when there is none here
     */
    public BrowserSession(WebDriver driver, Path profileDir) {
        this.driver = driver;
        this.profileDir = profileDir;
        boolean hooked = true;
        try {
            Runtime.getRuntime().addShutdownHook(closeAtExit);
        } catch (IllegalStateException jvmEnding) {
            // Its start finished after the JVM began to end (BrowserStarts waits for it): the factory that
            // started it closes it at once (closedAtExit).
            hooked = false;
        }
        this.closedAtExit = hooked;
    }

    /** Whether the JVM's end closes this session if nobody else has; false when it started as the JVM ended. */
    boolean closedAtExit() {
        return closedAtExit;
    }

    public WebDriver driver() {
        ensureOpen();
        handedOut = true;
        return driver;
    }

    /** The driver, for the session's own questions (versions): asking them leaves the browser as it was. */
    private WebDriver openDriver() {
        ensureOpen();
        return driver;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this browser session is closed");
        }
    }

    /** The temporary profile directory, when the browser runs on this machine. */
    public Optional<Path> profileDir() {
        return Optional.ofNullable(profileDir);
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Makes the browser as new for the next test: one window, the current site's storage cleared,
     * every cookie of every site deleted, on about:blank. A browser whose driver was never handed out is left
     * as it started (on the driver's blank start page).
     */
    public void reset() {
        ensureOpen();
        if (!handedOut) {
            // Nobody has driven it since it started: it is as new. (Its first reset took about 0.3 s of a run's
            // first procedure.) Once handed out, a driver may be kept and used across resets, so every later
            // reset does the work.
            return;
        }
        WebDriver current = driver;
        boolean closedWindows = closeExtraWindows(current);
        if (closedWindows) {
            // The channel watches the window it attached to, which may be closed now: the next use attaches anew.
            DevToolsChannel.windowsClosed(current);
        }
        Optional<DevToolsChannel> channel = DevToolsChannel.of(current);
        if (channel.isPresent() && blankFromThePage(channel.get())) {
            if (++blankResets % COLLECT_EVERY == 0) {
                collectGarbage(channel.get());
            }
            return;
        }
        // Web storage can only be cleared from a page of its own origin, so before leaving it.
        ((JavascriptExecutor) current).executeScript(CLEAR_WEB_STORAGE);
        current.manage().deleteAllCookies();
        current.get("about:blank");
        // WebDriver deletes the cookies of the current page only; other sites' cookies survive without this.
        if (current instanceof HasCdp) {
            ((HasCdp) current).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        }
    }

    /**
     * The reset through the DevTools channel, straight to the browser: every site's cookies, then this
     * page's storage, then about:blank opened by the page itself. A blank page the browser opens gets a
     * renderer process of its own, and starting one took most of a reset (about 0.6 s of 0.8 s on two
     * busy cores); opened by the page it stays in the page's process. False when the page did not
     * leave within {@link #BLANK_TIMEOUT} (a page that holds on to itself): the driver then does it.
     */
    private static boolean blankFromThePage(DevToolsChannel channel) {
        String before = channel.document();
        channel.send("Network.clearBrowserCookies", Map.of());
        channel.send("Runtime.evaluate", Map.of("expression", CLEAR_WEB_STORAGE + " location.replace('about:blank');"));
        return channel.awaitNewDocument(before, BLANK_TIMEOUT);
    }

    /**
     * The pages left stay in the renderer's memory until its garbage collector gets round to them, and with one
     * renderer kept for a whole run it seldom did: over 100 procedures it grew from 180 MB to 890 MB, and each
     * page load got slower (the last ten procedures took a third longer than the first ten). Collected after
     * every reset it stayed at about 180 MB, but a collection takes the renderer about 50 ms (a procedure
     * leaves 35 to 75 documents behind), so it is done every few resets: the garbage stays bounded and costs
     * about a quarter as much.
     */
    private static void collectGarbage(DevToolsChannel channel) {
        channel.send("HeapProfiler.collectGarbage", Map.of());
    }

    /** The browser's version, as the driver reports it; "unknown" when it does not. */
    public String browserVersion() {
        return BrowserVersions.browserVersion(((HasCapabilities) openDriver()).getCapabilities());
    }

    /** The driver's version, as the driver reports it; "unknown" when it does not. */
    public String driverVersion() {
        return BrowserVersions.driverVersion(((HasCapabilities) openDriver()).getCapabilities());
    }

    /** Whether the driver still answers; a dead browser is a reason to replace the session. */
    public boolean isAlive() {
        if (closed) {
            return false;
        }
        try {
            driver.getWindowHandles();
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    /** Quits the browser and deletes its profile. Never throws: the browser may already be dead. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != closeAtExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(closeAtExit);
            } catch (IllegalStateException e) {
                // The JVM is already exiting: its hook finds the session closed.
            }
        }
        DevToolsChannel.close(driver);
        try {
            driver.quit();
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "the browser was already gone when its session closed: {0}",
                    ChromeBrowserFactory.firstLine(e.getMessage()));
        }
        if (profileDir != null) {
            deleteQuietly(profileDir);
        }
    }

    /** Closes every window but the first; whether there were any. */
    private static boolean closeExtraWindows(WebDriver driver) {
        List<String> handles = List.copyOf(driver.getWindowHandles());
        if (handles.size() <= 1) {
            return false;
        }
        for (String handle : handles.subList(1, handles.size())) {
            driver.switchTo().window(handle).close();
        }
        driver.switchTo().window(handles.get(0));
        return true;
    }

    /**
     * Deletes a browser profile, and the folder outside it where Chromium keeps its single-instance socket
     * ({@link #socketFolder}); a failure is logged, because closing must go on for the other sessions.
     */
    static void deleteQuietly(Path dir) {
        try {
            Optional<Path> socketFolder = socketFolder(dir);
            deleteTree(dir);
            if (socketFolder.isPresent()) {
                deleteTree(socketFolder.get());
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "could not delete the browser profile {0}: {1}", dir, e.getMessage());
        }
    }

    /**
     * The folder, named by the profile's SingletonSocket link, that Chromium makes in the system's temporary
     * folder (/tmp/org.chromium.Chromium.XXXXXX) for a socket that keeps a second browser off the profile.
     * Chromium removes it when it ends by itself, not when it dies or is killed: each suite run left two, and a
     * browser that failed to start one. Only a folder Chromium names so is given: the link is the browser's
     * to write, and nothing else is deleted through it.
     */
    static Optional<Path> socketFolder(Path profile) throws IOException {
        Path link = profile.resolve("SingletonSocket");
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        Path folder = Files.readSymbolicLink(link).getParent();
        boolean chromiums = folder != null && folder.isAbsolute() && folder.getFileName().toString()
                .matches("(org\\.chromium\\.Chromium|com\\.google\\.Chrome)\\.[A-Za-z0-9]+");
        return chromiums ? Optional.of(folder) : Optional.empty();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            // deleteIfExists: Chromium's helpers may still remove their own files while we walk.
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public String toString() {
        return "BrowserSession[" + (closed ? "closed" : "open") + ", profile=" + profileDir + "]";
    }
}
