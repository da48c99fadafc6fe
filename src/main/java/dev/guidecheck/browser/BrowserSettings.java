package dev.guidecheck.browser;

import java.net.URI;
import java.nio.file.Path;

/**
 * What the browser package needs to know to start a browser: a plain record, so the package does not
 * depend on how the rest of guidecheck reads its configuration.
 *
 * @param headless      whether Chromium runs without a window
 * @param oneProcess    whether a headless Chromium runs as one process (setting {@code guidecheck.browser.processes});
 *                      a browser with a window always runs Chromium's usual processes
 * @param browserBinary the Chromium executable (setting {@code guidecheck.browser.binary}); null to look for it
 * @param driverPath    the chromedriver executable (setting {@code guidecheck.driver}); null to look for it
 * @param gridUrl       a Selenium Grid to run on instead of a local browser; null for a local browser
 */
public record BrowserSettings(boolean headless, boolean oneProcess, Path browserBinary, Path driverPath, URI gridUrl) {

    /** A local headless Chromium found on this machine: what a run gets when nothing is set. */
    public static BrowserSettings defaults() {
        return new BrowserSettings(true, true, null, null, null);
    }

    /** Whether Chromium runs as one process: asked for, and headless (a browser with a window runs as many). */
    public boolean runsAsOneProcess() {
        return headless && oneProcess;
    }

    /** Whether the browser runs on a Selenium Grid rather than on this machine. */
    public boolean remote() {
        return gridUrl != null;
    }
}
