package dev.guidecheck.steps;

import dev.guidecheck.guide.CredentialRow;
import dev.guidecheck.guide.GuidePage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a page's promise: every credential in its table was recorded by a step of the section that
 * says where to find them, with a non-empty value of a plausible shape.
 */
public final class CredentialCheck {

    private CredentialCheck() {
    }

    /**
     * One row of the credential table and what the replay found for it.
     *
     * @param notChecked why the row could not be checked: the procedures that record it did not run to the
     *                   end for a reason that is not the guide's (the run broke, the site is not covered)
     */
    public record Outcome(CredentialRow row, Optional<RecordedCredential> recorded, Optional<String> problem,
                          Optional<String> notChecked) {
        public boolean found() {
            return recorded.isPresent() && problem.isEmpty();
        }

        public String masked() {
            return recorded.map(RecordedCredential::masked).orElse(null);
        }
    }

    /**
     * @param results the page's procedure results
     * @param section the title of the section whose procedures must find the credentials
     */
    public static List<Outcome> check(GuidePage page, List<ProcedureResult> results, String section) {
        List<ProcedureResult> inSection = results.stream()
                .filter(r -> r.procedure().section() != null && r.procedure().section().equalsIgnoreCase(section))
                .toList();
        List<RecordedCredential> recorded = inSection.stream().flatMap(r -> r.credentials().stream()).toList();
        Optional<String> unchecked = inSection.stream().map(CredentialCheck::whyNotChecked)
                .flatMap(Optional::stream).findFirst();
        return page.credentials().rows().stream().map(row -> {
            Optional<RecordedCredential> hit = recorded.stream()
                    .filter(c -> normal(c.name()).equals(normal(row.name())))
                    .findFirst();
            if (hit.isEmpty() && unchecked.isPresent()) {
                return new Outcome(row, hit, Optional.empty(), unchecked);
            }
            Optional<String> problem = hit.isEmpty()
                    ? Optional.of("no step of \"" + section + "\" recorded the " + row.name()
                    + " (the credential table at " + row.source() + " promises it)")
                    : CredentialShapes.problem(row.name(), hit.get().value())
                    .map(p -> "the " + row.name() + " recorded at " + hit.get().step().source() + " " + p);
            return new Outcome(row, hit, problem, Optional.empty());
        }).toList();
    }

    /** Why a procedure's missing credentials say nothing about the guide, if they do not. */
    private static Optional<String> whyNotChecked(ProcedureResult result) {
        if (!result.replayed()) {
            return Optional.of("\"" + result.procedure().title() + "\" was not replayed");
        }
        return result.failure().filter(f -> f.category() == Category.ENVIRONMENT)
                .map(f -> "\"" + result.procedure().title() + "\" did not finish: the run broke at step "
                        + f.step().position());
    }

    private static String normal(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
