package dev.guidecheck.steps;

import java.util.Locale;

/** The outcome of one step or procedure. */
public enum StepStatus {
    PASSED, FAILED, SKIPPED,
    /** A step that would change the account: checked up to the click (there and enabled), not performed. */
    VERIFIED_NOT_PERFORMED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
