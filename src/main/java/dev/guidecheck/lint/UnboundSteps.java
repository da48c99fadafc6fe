package dev.guidecheck.lint;

import java.util.List;
import java.util.function.Predicate;

import dev.guidecheck.guide.Step;

/**
 * Rule {@code unbound-step}: a step whose sentence no step binding understands, so a replay would stop there.
 * Found before any browser starts, the author can reword the step or a developer can add the binding.
 */
final class UnboundSteps {

    static final String RULE = "unbound-step";

    private UnboundSteps() {
    }

    static List<LintFinding> check(LintedPage page, Predicate<Step> understood) {
        return page.page().procedures().stream()
                .flatMap(procedure -> procedure.steps().stream())
                .filter(understood.negate())
                // The position is the number readers see; the source names which of several same-numbered items it is.
                .map(step -> page.finding(RULE, Severity.ERROR, step.source(),
                        "no binding for step " + step.position() + " (" + step.source() + "): \"" + step.text() + "\"",
                        "reword the step with a phrase the binding catalogue knows, or add a binding for it"))
                .toList();
    }
}
