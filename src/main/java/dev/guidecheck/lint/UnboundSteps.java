package dev.guidecheck.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.Step;

/**
 * Rule {@code unbound-step}: a step whose sentence no step binding understands, so a replay would stop there.
 * Found before any browser starts, the author can reword the step or a developer can add the binding. In a
 * procedure the check does not cover (it acts on a site guidecheck has no page objects for) nothing would
 * be replayed, so such a sentence is info, with the reason, not an error.
 */
final class UnboundSteps {

    static final String RULE = "unbound-step";

    private UnboundSteps() {
    }

    static List<LintFinding> check(LintedPage page, Predicate<Step> understood,
                                   BiFunction<GuidePage, Procedure, Optional<String>> notCovered) {
        List<LintFinding> findings = new ArrayList<>();
        for (Procedure procedure : page.page().procedures()) {
            Optional<String> why = notCovered.apply(page.page(), procedure);
            for (Step step : procedure.steps()) {
                if (understood.test(step)) {
                    continue;
                }
                // The position is the number readers see; the source names which of several same-numbered items it is.
                String message = "no binding for step " + step.position() + " (" + step.source() + "): \"" + step.text() + "\"";
                findings.add(why.isPresent()
                        ? page.finding(RULE, Severity.INFO, step.source(), message + "; not replayed: " + why.get(),
                                "nothing to do until guidecheck has page objects for that site")
                        : page.finding(RULE, Severity.ERROR, step.source(), message,
                                "reword the step with a phrase the binding catalogue knows, or add a binding for it"));
            }
        }
        return findings;
    }
}
