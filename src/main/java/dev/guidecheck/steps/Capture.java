package dev.guidecheck.steps;

import dev.guidecheck.evidence.Baselines;
import dev.guidecheck.evidence.ScreenshotMode;
import dev.guidecheck.evidence.Shot;
import dev.guidecheck.guide.ImageRef;
import dev.guidecheck.guide.Step;

import java.nio.file.Path;
import java.util.List;

/**
 * A screenshot a step took for one of the guide's images, how it compares with the docs tree's image,
 * and where it was written.
 *
 * @param evidence   the run's copy under {@code <out>/screenshots} (of the first capture of this image in the run)
 * @param written    the file written into the docs tree (refresh mode, image changed or new), else null
 * @param note       why refresh wrote nothing although the image changed, else null
 * @param diff       the picture of the changes under {@code <out>/screenshot-diffs}, when there was an image to compare with
 * @param bytes      the size of the run's copy (the PNG at {@code evidence})
 * @param masks      where the picture is masked, and what each mask hides (a credential's name, never its value)
 */
public record Capture(ImageRef image, Step step, String screen, ScreenshotMode mode, Baselines.Status status,
                      double fraction, Path evidence, Path written, String note, Path diff, int bytes,
                      List<Shot.Redaction> masks) {
}
