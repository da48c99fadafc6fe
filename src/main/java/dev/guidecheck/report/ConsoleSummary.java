package dev.guidecheck.report;

import dev.guidecheck.evidence.Baselines;
import dev.guidecheck.lint.LintFinding;
import dev.guidecheck.steps.Capture;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.verify.CredentialVerdict;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepStatus;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The short summary that ends a run on the console: what broke the run first, then per page. */
public final class ConsoleSummary {

    private static final String INDENT = "         ";

    private ConsoleSummary() {
    }

    /**
     * @param threshold the share of pixels under which a screenshot counts as unchanged, to say what
     *                  "changed" means
     */
    public static void print(PrintStream out, List<PageOutcome> pages, List<Baseline.Entry> resolved, String baseline,
                             double threshold) {
        out.println();
        out.println("guidecheck summary");
        List<String> causes = pages.stream().flatMap(p -> p.environmentCauses().stream()
                .map(c -> PageNames.shortPage(p.page()) + " > " + c)).toList();
        if (!causes.isEmpty()) {
            out.println("  the run broke (fix this first; the findings below are incomplete):");
            causes.forEach(c -> out.println("    [environment] " + c));
        }
        LintGroups lint = new LintGroups(pages);
        int procedures = 0;
        int replayed = 0;
        int notCovered = 0;
        int failedProcedures = 0;
        int steps = 0;
        for (PageOutcome page : pages) {
            List<ProcedureResult> results = page.procedures();
            List<ProcedureResult> ran = page.replayed();
            long failed = ran.stream().filter(r -> r.status() == StepStatus.FAILED).count();
            long credentialsFound = page.credentials().stream().filter(CredentialCheck.Outcome::found).count();
            List<Capture> captures = results.stream().flatMap(r -> r.captures().stream()).toList();
            long written = captures.stream().filter(c -> c.written() != null).count();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-6s %s: %d procedures replayed, %d failed",
                    page.verdict().toUpperCase(Locale.ROOT), page.page(), ran.size(), failed));
            if (!page.notCovered().isEmpty()) {
                line.append(", ").append(page.notCovered().size()).append(" not covered");
            }
            if (!page.notRun().isEmpty()) {
                line.append(", ").append(page.notRun().size()).append(" not run");
            }
            if (!page.credentials().isEmpty()) {
                line.append("; credentials ").append(credentialsFound).append('/').append(page.credentials().size())
                        .append(" found");
            }
            if (!page.verifications().isEmpty()) {
                line.append(", ").append(page.verifications().stream()
                        .filter(v -> v.status() == CredentialVerdict.Status.WORKS).count())
                        .append('/').append(page.verifications().size()).append(" work");
            }
            if (!captures.isEmpty()) {
                line.append("; ").append(captures.size()).append(" screenshots");
                if (written > 0) {
                    line.append(" (").append(written).append(" written into the docs)");
                }
            }
            out.println(line);
            page.readError().ifPresent(e -> out.println(INDENT + e));
            for (LintFinding f : lint.ownTo(page)) {
                out.println(INDENT + LintGroups.line(f));
            }
            for (ProcedureResult r : results) {
                r.failure().ifPresent(f -> out.println(INDENT + "[" + f.category().id() + "] "
                        + r.procedure().title() + ": " + f.message()));
            }
            for (ProcedureResult r : page.notCovered()) {
                out.println(INDENT + "not covered: " + r.procedure().title() + " (" + r.procedure().source() + "): "
                        + r.notRunReason().orElse(""));
            }
            for (CredentialCheck.Outcome c : page.credentials()) {
                c.problem().ifPresent(p -> out.println(INDENT + "[credential-missing] " + p));
            }
            for (CredentialVerdict v : page.verifications()) {
                if (v.status() == CredentialVerdict.Status.REFUSED) {
                    out.println(INDENT + "[credential-invalid] " + v.message());
                } else if (v.status() == CredentialVerdict.Status.NOT_CHECKED && v.recorded().isPresent()) {
                    out.println(INDENT + "not tried: " + v.line());
                }
            }
            List<CredentialCheck.Outcome> unchecked = page.credentials().stream()
                    .filter(c -> c.notChecked().isPresent()).toList();
            if (!unchecked.isEmpty()) {
                out.println(INDENT + "credentials not checked: " + String.join(", ", unchecked.stream()
                        .map(c -> c.row().name()).toList()) + " (" + unchecked.get(0).notChecked().get() + ")");
            }
            procedures += results.size();
            replayed += ran.size();
            notCovered += page.notCovered().size();
            failedProcedures += (int) failed;
            steps += ran.stream().mapToInt(r -> r.steps().size()).sum();
        }
        lint.sharedByPages().forEach((sharing, findings) -> {
            out.println("  shared by " + sharing.size() + " pages (" + String.join(", ", sharing) + "):");
            findings.forEach(f -> out.println(INDENT + LintGroups.line(f)));
        });
        screenshotsLine(pages, threshold).ifPresent(out::println);
        for (Baseline.Entry entry : resolved) {
            out.println("  resolved: " + baseline + ":" + entry.line() + " (" + entry.id() + " | " + entry.subject()
                    + ") no longer occurs; delete that line");
        }
        out.printf("  total: %d pages, %d procedures (%d replayed, %d failed, %d not covered, %d not run), %d steps replayed%n",
                pages.size(), procedures, replayed, failedProcedures, notCovered, procedures - replayed - notCovered, steps);
    }

    /**
     * What "changed" means for the run's screenshots, once: on the replica every image differs from the
     * docs tree's (a look-alike cannot match the published pixels), which is no finding by itself.
     */
    static java.util.Optional<String> screenshotsLine(List<PageOutcome> pages, double threshold) {
        List<Capture> captures = pages.stream().flatMap(p -> p.procedures().stream())
                .flatMap(r -> r.captures().stream()).toList();
        if (captures.isEmpty()) {
            return java.util.Optional.empty();
        }
        long unchanged = captures.stream().filter(c -> c.status() == Baselines.Status.UNCHANGED).count();
        long added = captures.stream().filter(c -> c.status() == Baselines.Status.NEW).count();
        long changed = captures.size() - unchanged - added;
        String share = String.format(Locale.ROOT, "%.1f%%", 100 * threshold);
        StringBuilder line = new StringBuilder("  screenshots: " + captures.size() + " taken; " + unchanged
                + " match the docs tree's image, " + changed + " differ by more than " + share + " of their pixels"
                + (added > 0 ? ", " + added + " are new" : ""));
        if (changed == captures.size()) {
            line.append(" (every image differs: the docs' images show the product as it looked when they were"
                    + " published, and a look-alike such as the replica cannot match them pixel for pixel; that is"
                    + " no finding: see screenshot-diffs/, and refresh the docs' images with"
                    + " -Dguidecheck.screenshots=refresh when the product changed on purpose)");
        }
        return java.util.Optional.of(line.toString());
    }
}
