package dev.guidecheck.evidence;

import java.util.Locale;

/** What a run does with the guide's images (setting {@code guidecheck.screenshots}). */
public enum ScreenshotMode {
    /** Capture, compare with the image in the docs tree, report; never touch the docs tree. */
    CHECK,
    /** Capture, and write into the docs tree the images that differ by more than the threshold. */
    REFRESH,
    /** Take no screenshots. */
    OFF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
