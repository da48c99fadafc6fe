package dev.guidecheck.steps;

import dev.guidecheck.guide.Step;
import dev.guidecheck.pages.Remedy;

import java.time.Duration;
import java.util.Optional;

/**
 * What happened to one step; {@code category} and {@code message} are set when it failed, and
 * {@code remedy} when the failure knows what the guide's words should become (or why that is not certain).
 */
public record StepResult(Step step, StepStatus status, Category category, String message, Duration took,
                         Remedy remedy) {

    public StepResult(Step step, StepStatus status, Category category, String message, Duration took) {
        this(step, status, category, message, took, null);
    }

    public static StepResult passed(Step step, Duration took) {
        return new StepResult(step, StepStatus.PASSED, null, null, took);
    }

    public static StepResult failed(Step step, Category category, String message, Duration took) {
        return new StepResult(step, StepStatus.FAILED, category, message, took);
    }

    public static StepResult failed(Step step, Category category, String message, Duration took, Remedy remedy) {
        return new StepResult(step, StepStatus.FAILED, category, message, took, remedy);
    }

    public static StepResult verifiedNotPerformed(Step step, String why, Duration took) {
        return new StepResult(step, StepStatus.VERIFIED_NOT_PERFORMED, null, why, took);
    }

    public static StepResult skipped(Step step, String why) {
        return new StepResult(step, StepStatus.SKIPPED, null, why, Duration.ZERO);
    }

    public static StepResult notRun(Step step, String why) {
        return new StepResult(step, StepStatus.NOT_RUN, null, why, Duration.ZERO);
    }

    /** The failure's remedy, when it has one. */
    public Optional<Remedy> fix() {
        return Optional.ofNullable(remedy);
    }
}
