package dev.guidecheck.browser;

/**
 * Starts browser sessions; one implementation per way of getting a browser (local Chromium or a Grid),
 * so the fixture that owns the sessions does not care which.
 */
@FunctionalInterface
public interface BrowserFactory {

    /**
     * A new, prepared session.
     *
     * @throws BrowserSetupException when no browser can be started, with a one-line reason
     */
    BrowserSession open();

    /** Chromium on this machine, or on the Grid when the settings name one. */
    static BrowserFactory of(BrowserSettings settings) {
        return new ChromeBrowserFactory(settings, DriverResolver.forThisMachine());
    }
}
