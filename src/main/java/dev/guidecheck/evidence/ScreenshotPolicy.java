package dev.guidecheck.evidence;

import java.nio.file.Path;

/**
 * How a run publishes the guide's images.
 *
 * @param mode         check (compare with the docs tree), refresh (write changed images into it) or off
 * @param evidenceRoot where every capture of the run is copied, by its path in the guide ({@code <out>/screenshots})
 * @param baselines    the docs tree's images, one for the whole run (refresh writes each image at most once)
 * @param failAbove    in check mode, a step fails when its image changed by more than this share; 1.0 never fails
 * @param encodings    the run's captures as PNG, each picture encoded once
 */
public record ScreenshotPolicy(ScreenshotMode mode, Path evidenceRoot, Baselines baselines, double failAbove,
                               CaptureEncodings encodings) {

    public ScreenshotPolicy(ScreenshotMode mode, Path evidenceRoot, Path docsRoot, double threshold, double failAbove) {
        this(mode, evidenceRoot, new Baselines(docsRoot, threshold), failAbove, new CaptureEncodings());
    }

    /** No screenshots at all. */
    public static ScreenshotPolicy off() {
        return new ScreenshotPolicy(ScreenshotMode.OFF, null, null, 0, 1);
    }

    public Path docsRoot() {
        return baselines.docsRoot();
    }
}
