package dev.guidecheck.browser;

import java.util.Map;
import org.openqa.selenium.Capabilities;

/** Reads the browser's and the driver's versions from session capabilities, for reports. */
public final class BrowserVersions {

    static final String UNKNOWN = "unknown";

    private BrowserVersions() {
    }

    /** The browser version, e.g. "156.0.8078.108". */
    public static String browserVersion(Capabilities capabilities) {
        String version = capabilities.getBrowserVersion();
        return version == null || version.isBlank() ? UNKNOWN : version;
    }

    /**
     * The driver version, e.g. "156.0.8078.108", without the build hash chromedriver appends. Each driver
     * reports it under its own vendor key.
     */
    public static String driverVersion(Capabilities capabilities) {
        Object chrome = capabilities.getCapability("chrome");
        if (chrome instanceof Map<?, ?> map && map.get("chromedriverVersion") != null) {
            return firstWord(map.get("chromedriverVersion").toString());
        }
        Object gecko = capabilities.getCapability("moz:geckodriverVersion");
        if (gecko != null) {
            return firstWord(gecko.toString());
        }
        return UNKNOWN;
    }

    private static String firstWord(String text) {
        String trimmed = text.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
