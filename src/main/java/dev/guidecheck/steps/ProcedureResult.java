package dev.guidecheck.steps;

import dev.guidecheck.guide.Procedure;

import java.util.List;
import java.util.Optional;

/** What happened to one procedure: its steps, the credentials they recorded and the images they took. */
public record ProcedureResult(Procedure procedure, List<StepResult> steps, List<RecordedCredential> credentials,
                              List<Capture> captures) {

    public StepStatus status() {
        return failure().isPresent() ? StepStatus.FAILED : StepStatus.PASSED;
    }

    /** The step that did not hold, if one did not. */
    public Optional<StepResult> failure() {
        return steps.stream().filter(s -> s.status() == StepStatus.FAILED).findFirst();
    }
}
