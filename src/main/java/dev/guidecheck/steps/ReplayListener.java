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
}
