package dev.guidecheck.steps;

/** What one bound step does in the browser. */
@FunctionalInterface
public interface StepAction {
    void perform(StepContext context);
}
