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

    /** One row of the credential table and what the replay found for it. */
    public record Outcome(CredentialRow row, Optional<RecordedCredential> recorded, Optional<String> problem) {
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
        List<RecordedCredential> recorded = results.stream()
                .filter(r -> r.procedure().section() != null && r.procedure().section().equalsIgnoreCase(section))
                .flatMap(r -> r.credentials().stream())
                .toList();
        return page.credentials().rows().stream().map(row -> {
            Optional<RecordedCredential> hit = recorded.stream()
                    .filter(c -> normal(c.name()).equals(normal(row.name())))
                    .findFirst();
            Optional<String> problem = hit.isEmpty()
                    ? Optional.of("no step of \"" + section + "\" recorded the " + row.name()
                    + " (the credential table at " + row.source() + " promises it)")
                    : CredentialShapes.problem(row.name(), hit.get().value())
                    .map(p -> "the " + row.name() + " recorded at " + hit.get().step().source() + " " + p);
            return new Outcome(row, hit, problem);
        }).toList();
    }

    private static String normal(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
