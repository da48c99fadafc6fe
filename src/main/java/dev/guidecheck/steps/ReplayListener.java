package dev.guidecheck.steps;

import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.Step;

/**
 * Hears a replay as it happens, so reports (console, Allure, report.json) are written by the report
 * stage without the replay knowing any of them.
 */
public interface ReplayListener {

    default void procedureStarted(Procedure procedure) {
    }

    default void stepStarted(Step step) {
    }

    /** Evidence that belongs to the step under way (a guide screenshot, or failure evidence). */
    default void attachment(String name, String mimeType, String extension, byte[] content) {
    }

    default void stepFinished(StepResult result) {
    }

    default void procedureFinished(ProcedureResult result) {
    }

    /**
     * The procedure failed on the environment and is tried once more with a fresh browser; what the
     * listener heard since {@link #procedureStarted} was that first attempt.
     */
    default void retrying(ProcedureResult firstAttempt) {
    }

    /** A procedure that is not replayed at all (not covered, a lint-only run, a run that stopped). */
    default void notReplayed(ProcedureResult result) {
    }
}
