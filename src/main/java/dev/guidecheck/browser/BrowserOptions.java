package dev.guidecheck.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Chromium settings that make two runs of the same guide draw the same pixels: fixed window and
 * scale, no GPU, no sub-pixel text, one colour profile, nothing that moves.
 */
public final class BrowserOptions {

    /** The viewport every guide is replayed in, in CSS pixels. */
    public static final int VIEWPORT_WIDTH = 1280;
    public static final int VIEWPORT_HEIGHT = 800;

    /** Longest wait for a page to load before a step fails, rather than the run hanging on a dead site. */
    public static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);
    /** Longest a script (including an asynchronous one) may run in the page. */
    public static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(15);

    /**
     * Stops everything that moves: an animation or transition caught mid-way, or a blinking caret, would
     * give a different screenshot each run.
     */
    public static final String STILL_CSS = "*, *::before, *::after { animation: none !important;"
            + " transition: none !important; caret-color: transparent !important; }";

    static final List<String> DETERMINISTIC_ARGUMENTS = List.of(
            // Containers run as root without user namespaces; Chromium refuses to start sandboxed there.
            "--no-sandbox",
            "--disable-gpu",
            // /dev/shm is 64 MB in containers; Chromium crashes on large pages when it uses it.
            "--disable-dev-shm-usage",
            // Nothing in the background may reach the network: runs are offline and must not wait on it.
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--window-size=" + VIEWPORT_WIDTH + "," + VIEWPORT_HEIGHT,
            "--force-device-scale-factor=1",
            "--hide-scrollbars",
            "--font-render-hinting=none",
            "--disable-lcd-text",
            // Redraw a changed tile whole. Left partial, a tile was sometimes redrawn only where it changed
            // (opening the app menu), and an edge crossing that patch came out a shade different: about one
            // replay in twenty gave admin-settings.png three pixels of the logo's tip another colour.
            "--disable-partial-raster",
            "--force-color-profile=srgb",
            // The guides are in English; so are the browser's own messages (form validation) in screenshots.
            "--lang=en-US",
            // Pages of one site share one renderer process rather than a new one per browser-initiated
            // navigation (driver.get, a reset). Starting a renderer is most of a page load's CPU on a small
            // machine: the main job took about a tenth less CPU, screenshots byte for byte the same. Pages of
            // other sites still get processes of their own (site isolation outranks this limit).
            "--renderer-process-limit=1");

    private BrowserOptions() {
    }

    /**
     * The command-line switches for Chromium.
     *
     * @param headless   whether to run without a window
     * @param oneProcess whether to run as one process ({@link BrowserSettings#runsAsOneProcess})
     */
    public static List<String> arguments(boolean headless, boolean oneProcess) {
        List<String> arguments = new ArrayList<>();
        if (headless) {
            arguments.add("--headless=new");
        }
        if (oneProcess) {
            // Browser, renderer and GPU work in one process. Starting a process is dear on a small virtual
            // machine (page tables, the dynamic loader): one main job took a fifth less CPU and wall time
            // (36.5 s to 29.8 s of CPU, 22.0 s to 18.4 s), a browser start 1.0 s less CPU, and the
            // screenshots are the same bytes. Chromium's developers support it for testing only: a renderer
            // crash ends the whole browser (a run already handles that as a browser that died: replaced,
            // the procedure retried), and a build that will not start this way is told to use
            // guidecheck.browser.processes=many. Headed runs, which a person watches, keep the usual processes.
            arguments.add("--single-process");
        }
        arguments.addAll(DETERMINISTIC_ARGUMENTS);
        return List.copyOf(arguments);
    }

    /**
     * Chrome options for one session.
     *
     * @param headless      whether to run without a window
     * @param oneProcess    whether to run as one process ({@link BrowserSettings#runsAsOneProcess})
     * @param browserBinary the Chromium executable, or null to leave it to the driver (a Grid node)
     * @param userDataDir   a fresh profile directory, or null to leave it to the driver (a Grid node)
     */
    public static ChromeOptions chrome(boolean headless, boolean oneProcess, Path browserBinary, Path userDataDir) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments(arguments(headless, oneProcess));
        if (userDataDir != null) {
            options.addArguments("--user-data-dir=" + userDataDir.toAbsolutePath());
        }
        if (browserBinary != null) {
            options.setBinary(browserBinary.toFile());
        }
        // A password-manager bubble or a save prompt would cover what the guide's screenshot shows.
        options.setExperimentalOption("prefs", Map.of(
                "credentials_enable_service", false,
                "profile.password_manager_enabled", false));
        options.setPageLoadStrategy(PageLoadStrategy.NORMAL);
        options.setPageLoadTimeout(PAGE_LOAD_TIMEOUT);
        options.setScriptTimeout(SCRIPT_TIMEOUT);
        // Explicit waits only: an implicit wait would silently lengthen every "is it absent?" check.
        options.setImplicitWaitTimeout(Duration.ZERO);
        return options;
    }

    /**
     * A script for every new document that adopts {@link #STILL_CSS}. An adopted style sheet is not part
     * of the DOM, so it never shows up in page sources, and it comes after the page's own sheets, so its
     * {@code !important} rules win over the page's.
     */
    static String stillStyleScript() {
        return "(() => { const sheet = new CSSStyleSheet(); sheet.replaceSync('" + STILL_CSS + "');"
                + " document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; })();";
    }
}
