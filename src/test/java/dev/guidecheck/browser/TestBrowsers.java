package dev.guidecheck.browser;

/**
 * The test JVM's browsers: one per test thread for the whole JVM, as Selenium's own tests keep theirs across test
 * classes, started on first use by the production factory and closed when the JVM ends. Every test that needs a
 * plain browser shares its thread's: the runs the suite replays, the page-object tests (which take
 * {@link #session()}'s driver), the DevTools and screenshot tests. A run resets its browser before every procedure and {@link #session()} resets it before
 * handing it out, so nothing one test leaves in it reaches another. Starting a browser costs about 4 s of CPU on
 * two cores; each test class starting its own was a tenth of the suite's CPU. Tests about a browser starting,
 * dying or being replaced, and runs with lanes of their own (threads, a Grid), start their own.
 */
public final class TestBrowsers {

    private static Browsers shared;

    private TestBrowsers() {
    }

    /** The browsers, one per thread; a run given them replays in its thread's. */
    public static synchronized Browsers shared() {
        if (shared == null) {
            // Each session closes itself when the JVM ends (BrowserSession's exit hook): browser, driver, profile.
            shared = new Browsers(BrowserFactory.of(BrowserSettings.defaults()));
        }
        return shared;
    }

    /**
     * This thread's browser, reset: one window on a blank page, no cookies, no storage. Not to be closed: the
     * next test on the thread uses it.
     */
    public static BrowserSession session() {
        BrowserSession session = shared().session();
        session.reset();
        return session;
    }
}
