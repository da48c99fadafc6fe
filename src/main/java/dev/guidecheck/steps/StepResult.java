package dev.guidecheck.steps;

import dev.guidecheck.guide.Step;

import java.time.Duration;

/** What happened to one step; {@code category} and {@code message} are set when it failed. */
public record StepResult(Step step, StepStatus status, Category category, String message, Duration took) {

    public static StepResult passed(Step step, Duration took) {
        return new StepResult(step, StepStatus.PASSED, null, null, took);
    }

    public static StepResult failed(Step step, Category category, String message, Duration took) {
        return new StepResult(step, StepStatus.FAILED, category, message, took);
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
}
