package dev.guidecheck.steps;

import java.util.Locale;

/** The outcome of one step or procedure. */
public enum StepStatus {
    PASSED, FAILED, SKIPPED,
    /** A step that would change the account: checked up to the click (there and enabled), not performed. */
    VERIFIED_NOT_PERFORMED,
    /** Not replayed at all: a lint-only run, or a run that stopped before it (the browser could not start). */
    NOT_RUN,
    /** A procedure on a site guidecheck has no page objects for (procedures only; its steps are not-run). */
    NOT_COVERED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
