package dev.guidecheck.steps;

import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.Step;

import java.util.List;
import java.util.Optional;

/**
 * What happened to one procedure: its steps, the credentials they recorded and the images they took.
 *
 * @param notRunAs {@code not-covered} or {@code not-run} when the procedure was not replayed at all, else null
 * @param notRun   why it was not replayed (the site it acts on, a lint-only run, a run that stopped), else null
 */
public record ProcedureResult(Procedure procedure, List<StepResult> steps, List<RecordedCredential> credentials,
                              List<Capture> captures, StepStatus notRunAs, String notRun) {

    public ProcedureResult {
        steps = List.copyOf(steps);
        credentials = List.copyOf(credentials);
        captures = List.copyOf(captures);
    }

    /** A procedure that was replayed. */
    public ProcedureResult(Procedure procedure, List<StepResult> steps, List<RecordedCredential> credentials,
                           List<Capture> captures) {
        this(procedure, steps, credentials, captures, null, null);
    }

    /** A procedure on a site guidecheck has no page objects for; {@code why} names the site. */
    public static ProcedureResult notCovered(Procedure procedure, String why) {
        return unreplayed(procedure, StepStatus.NOT_COVERED, why);
    }

    /** A procedure that was not replayed, and why (a lint-only run; a run that stopped before it). */
    public static ProcedureResult notRun(Procedure procedure, String why) {
        return unreplayed(procedure, StepStatus.NOT_RUN, why);
    }

    private static ProcedureResult unreplayed(Procedure procedure, StepStatus as, String why) {
        List<StepResult> steps = procedure.steps().stream().map((Step s) -> StepResult.notRun(s, why)).toList();
        return new ProcedureResult(procedure, steps, List.of(), List.of(), as, why);
    }

    /** passed, failed, or (never replayed) not-covered or not-run. */
    public StepStatus status() {
        if (notRunAs != null) {
            return notRunAs;
        }
        return failure().isPresent() ? StepStatus.FAILED : StepStatus.PASSED;
    }

    /** Whether the procedure was replayed in a browser (whatever the outcome). */
    public boolean replayed() {
        return notRunAs == null;
    }

    /** The step that did not hold, if one did not. */
    public Optional<StepResult> failure() {
        return steps.stream().filter(s -> s.status() == StepStatus.FAILED).findFirst();
    }

    /** Why the procedure was not replayed, when it was not. */
    public Optional<String> notRunReason() {
        return Optional.ofNullable(notRun);
    }
}
