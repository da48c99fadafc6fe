package dev.guidecheck.report;

import dev.guidecheck.evidence.Baselines;
import dev.guidecheck.lint.LintReport;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepStatus;

import java.io.PrintStream;
import java.util.List;

/** The short summary per page that ends a run on the console. */
public final class ConsoleSummary {

    private ConsoleSummary() {
    }

    public static void print(PrintStream out, List<PageOutcome> pages, List<Baseline.Entry> resolved, String baseline) {
        out.println();
        out.println("guidecheck summary");
        int procedures = 0;
        int failedProcedures = 0;
        int steps = 0;
        for (PageOutcome page : pages) {
            List<ProcedureResult> results = page.procedures();
            long failed = results.stream().filter(r -> r.status() == StepStatus.FAILED).count();
            long credentialsFound = page.credentials().stream().filter(CredentialCheck.Outcome::found).count();
            long images = results.stream().mapToLong(r -> r.captures().size()).sum();
            long changed = results.stream().flatMap(r -> r.captures().stream())
                    .filter(c -> c.status() != Baselines.Status.UNCHANGED).count();
            long written = results.stream().flatMap(r -> r.captures().stream()).filter(c -> c.written() != null).count();
            out.printf("  %-6s %s: %d procedures, %d failed; credentials %d/%d found; %d screenshots"
                            + " (%d changed or new, %d written into the docs)%n",
                    page.verdict().toUpperCase(), page.page(), results.size(), failed, credentialsFound,
                    page.credentials().size(), images, changed, written);
            page.readError().ifPresent(e -> out.println("         " + e));
            page.lint().forEach(f -> out.println("         " + LintReport.format(f)));
            for (ProcedureResult r : results) {
                r.failure().ifPresent(f -> out.println("         [" + f.category().id() + "] "
                        + r.procedure().title() + ": " + f.message()));
            }
            for (CredentialCheck.Outcome c : page.credentials()) {
                c.problem().ifPresent(p -> out.println("         [credential-missing] " + p));
            }
            procedures += results.size();
            failedProcedures += (int) failed;
            steps += results.stream().mapToInt(r -> r.steps().size()).sum();
        }
        for (Baseline.Entry entry : resolved) {
            out.println("  resolved: " + baseline + ":" + entry.line() + " (" + entry.id() + " | " + entry.subject()
                    + ") no longer occurs; delete that line");
        }
        out.printf("  total: %d pages, %d procedures (%d failed), %d steps%n", pages.size(), procedures,
                failedProcedures, steps);
    }
}
