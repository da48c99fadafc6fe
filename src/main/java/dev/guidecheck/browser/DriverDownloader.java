package dev.guidecheck.browser;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The last resort for finding chromedriver: fetch one that matches the browser. Its own interface so
 * that a test, or an offline run, can say "never download" without touching the network.
 */
@FunctionalInterface
public interface DriverDownloader {

    /** Never downloads: for tests and for runs that must not reach the network. */
    DriverDownloader NONE = browserBinary -> {
        throw new IOException("downloading a driver is turned off");
    };

    /**
     * A chromedriver that drives the given browser. Returns within a bounded time or throws.
     *
     * @throws IOException with a short reason when none could be had
     */
    Path chromedriver(Path browserBinary) throws IOException;
}
