package dev.guidecheck.steps;

import dev.guidecheck.guide.ImageRef;
import dev.guidecheck.guide.Step;

import java.nio.file.Path;

/** A screenshot a step took for one of the guide's images, and where it was written. */
public record Capture(ImageRef image, Step step, String screen, Path written, int bytes) {
}
