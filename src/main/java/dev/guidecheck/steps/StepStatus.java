package dev.guidecheck.steps;

import java.util.Locale;

/** The outcome of one step or procedure. */
public enum StepStatus {
    PASSED, FAILED, SKIPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
