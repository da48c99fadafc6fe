package dev.guidecheck.evidence;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

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

    /**
     * A capture made ready to attach and publish.
     *
     * @param png        the run's copy and attachment
     * @param comparison with the docs tree's image, its picture of changes included
     * @param diff       that picture encoded when the image changed (it is attached then); null otherwise
     */
    public record Prepared(byte[] png, Baselines.Comparison comparison, byte[] diff) {

        public boolean changed() {
            return comparison.status() != Baselines.Status.UNCHANGED;
        }
    }

    /**
     * Encodes the capture and compares it with the docs tree's image, side by side: the encode on a helper
     * thread, the comparison here. One after the other they took 6 to 10 ms and 10 to 25 ms of an image's
     * pipeline, while a core the browser leaves idle after a capture waited.
     */
    public Prepared prepare(String imagePath, Shot shot) {
        CompletableFuture<byte[]> png = CompletableFuture.supplyAsync(
                () -> encodings.png(imagePath, shot.image()), Screenshots.HELPERS);
        Baselines.Comparison comparison = baselines.compare(imagePath, shot.image(), shot.maskedBoxes());
        boolean changed = comparison.status() != Baselines.Status.UNCHANGED;
        // The picture of changes is encoded only where it is used: attached when the image changed, written for
        // the first capture of each image (most captures are neither; those encode it when written).
        byte[] diff = changed ? comparison.diff().map(Png::encodeQuick).orElse(null) : null;
        return new Prepared(Screenshots.joined(png), comparison, diff);
    }
}
