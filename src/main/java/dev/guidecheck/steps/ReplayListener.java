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

    /**
     * A guide image the step took (masked and verified), and, when it differs from the docs tree's, that
     * image and a picture of the changes; by default attached as the image alone.
     *
     * @param expected the docs tree's image, or null when unchanged or there is none
     * @param diff     the changes marked on the capture, or null when unchanged or nothing to compare
     * @param note     what the diff compares when the sizes differ, or null
     */
    default void imageTaken(String name, byte[] actual, byte[] expected, byte[] diff, String note) {
        attachment(name, "image/png", "png", actual);
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
