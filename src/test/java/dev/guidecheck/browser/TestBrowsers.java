package dev.guidecheck.suite;

import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSettings;
import dev.guidecheck.browser.Browsers;

/**
 * The browsers the suite's tests replay their runs in: one per thread for the whole test JVM, as Selenium's own
 * tests keep theirs across test classes, started on first use and closed when the JVM ends. A run resets its
 * browser before every procedure, so nothing one test leaves in it reaches another. Tests about a browser
 * starting, dying or being replaced, and runs with lanes of their own (threads, a Grid), start their own.
 */
final class SuiteBrowsers {

    private static Browsers shared;

    private SuiteBrowsers() {
    }

    static synchronized Browsers shared() {
        if (shared == null) {
            shared = new Browsers(BrowserFactory.of(BrowserSettings.defaults()));
            Browsers made = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(made::closeAll, "suite-browsers"));
        }
        return shared;
    }
}
