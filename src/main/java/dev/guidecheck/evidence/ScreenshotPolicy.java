package dev.guidecheck.evidence;

import java.nio.file.Path;

/**
 * How a run publishes the guide's images.
 *
 * @param mode         check (compare with the docs tree), refresh (write changed images into it) or off
 * @param evidenceRoot where every capture of the run is copied, by its path in the guide ({@code <out>/screenshots})
 * @param docsRoot     the docs tree whose images are the baselines and which refresh writes into
 * @param threshold    the largest share of changed pixels that still counts as unchanged (refresh leaves it)
 * @param failAbove    in check mode, a step fails when its image changed by more than this share; 1.0 never fails
 */
public record ScreenshotPolicy(ScreenshotMode mode, Path evidenceRoot, Path docsRoot, double threshold,
                               double failAbove) {

    /** No screenshots at all. */
    public static ScreenshotPolicy off() {
        return new ScreenshotPolicy(ScreenshotMode.OFF, null, null, 0, 1);
    }

    public Baselines baselines() {
        return new Baselines(docsRoot, threshold);
    }
}
