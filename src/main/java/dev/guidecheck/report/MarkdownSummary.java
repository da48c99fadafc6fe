package dev.guidecheck.report;

import dev.guidecheck.AtomicFiles;
import dev.guidecheck.fix.FixPlan;
import dev.guidecheck.lint.LintFinding;
import dev.guidecheck.lint.Severity;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.verify.CredentialVerdict;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code summary.md}: the run told in Markdown for a CI job summary or a pull-request comment, whole
 * enough that nobody needs report.json to act: what broke the run first, then per page its procedures,
 * findings and lint with file:line, what was not covered and why.
 */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    public static Path write(Path out, List<PageOutcome> pages, RunOutcome outcome, double threshold) throws IOException {
        return AtomicFiles.write(out.resolve("summary.md"), render(pages, outcome, threshold).getBytes(StandardCharsets.UTF_8),
                AtomicFiles.SHARED);
    }

    /** The same, each finding followed by its fix as a suggestion block (or why none), and what apply mode did. */
    public static Path write(Path out, List<PageOutcome> pages, RunOutcome outcome, double threshold, FixPlan fixes,
                             Optional<FixPlan.Applied> applied) throws IOException {
        return AtomicFiles.write(out.resolve("summary.md"), render(pages, outcome, threshold, fixes, applied)
                .getBytes(StandardCharsets.UTF_8), AtomicFiles.SHARED);
    }

    static String render(List<PageOutcome> pages, RunOutcome outcome, double threshold) {
        return render(pages, outcome, threshold, FixPlan.none(), Optional.empty());
    }

    static String render(List<PageOutcome> pages, RunOutcome outcome, double threshold, FixPlan fixes,
                         Optional<FixPlan.Applied> applied) {
        StringBuilder md = new StringBuilder("# guidecheck\n\n");
        md.append("**").append(headline(pages, outcome)).append("** (exit status ").append(outcome.exitCode())
                .append(": ").append(outcome.id()).append(")\n");
        List<String> causes = pages.stream().flatMap(p -> p.environmentCauses().stream()
                .map(c -> "`" + PageNames.shortPage(p.page()) + "` " + c)).toList();
        if (!causes.isEmpty()) {
            md.append("\n## ⚠️ The run broke\n\nFix this first: the findings below are incomplete.\n\n");
            causes.forEach(c -> md.append("- **environment** ").append(cell(c)).append('\n'));
        }
        long procedures = pages.stream().mapToLong(p -> p.procedures().size()).sum();
        long replayed = pages.stream().mapToLong(p -> p.replayed().size()).sum();
        long notCovered = pages.stream().mapToLong(p -> p.notCovered().size()).sum();
        long notRun = procedures - replayed - notCovered;
        md.append("\n").append(pages.size()).append(" pages, ").append(procedures).append(" procedures: ")
                .append(replayed).append(" replayed, ").append(notCovered).append(" not covered");
        if (notRun > 0) {
            md.append(", ").append(notRun).append(" not run");
        }
        md.append(notCovered > 0 ? " (they act on sites guidecheck has no page objects for; see each page).\n" : ".\n");
        ConsoleSummary.screenshotsLine(pages, threshold).ifPresent(l -> md.append("\n").append(l.strip()
                .replaceFirst("^screenshots:", "Screenshots:")).append('\n'));
        FixReport.headline(fixes, applied).ifPresent(l -> md.append('\n').append(l).append('\n'));

        LintGroups lint = new LintGroups(pages);
        for (PageOutcome page : pages) {
            md.append("\n## ").append(icon(page.verdict())).append(' ')
                    .append('[').append(page.page()).append("](").append(page.url()).append(")\n\n");
            page.readError().ifPresent(e -> md.append("The guide could not be read: `").append(cell(e)).append("`\n\n"));
            List<ProcedureResult> results = page.procedures();
            if (!results.isEmpty()) {
                md.append("| procedure | status | steps passed |\n| --- | --- | --- |\n");
                for (ProcedureResult r : results) {
                    long passed = r.steps().stream().filter(s -> s.status() == StepStatus.PASSED).count();
                    md.append("| ").append(cell(r.procedure().title())).append(" | ").append(page.verdict(r))
                            .append(page.isFlaky(r.procedure()) ? " (flaky)" : "")
                            .append(" | ").append(r.replayed() ? passed + "/" + r.steps().size() : "—").append(" |\n");
                }
            }
            for (Baseline.Match match : page.judged()) {
                Finding f = match.finding();
                if (f.failing()) {
                    md.append("\n- **").append(f.id()).append("** `").append(f.where()).append("` ")
                            .append(cell(f.message()))
                            .append(match.known().map(e -> " _(known: baseline line " + e.line() + ")_").orElse(""))
                            .append('\n');
                    FixReport.of(fixes, page.page(), f).ifPresent(fix -> md.append('\n').append(FixReport.markdown(fix, "  ")));
                }
            }
            for (ProcedureResult r : page.notCovered()) {
                md.append("\n- not covered: ").append(cell(r.procedure().title())).append(" `")
                        .append(r.procedure().source()).append("`: ").append(cell(r.notRunReason().orElse(""))).append('\n');
            }
            List<LintFinding> notes = lint.ownTo(page).stream().filter(f -> f.severity() != Severity.ERROR).toList();
            if (!notes.isEmpty()) {
                md.append('\n');
                notes.forEach(f -> md.append("- ").append(lintLine(f)).append('\n').append(FixReport.lint(fixes, f)));
            }
            if (!page.credentials().isEmpty()) {
                md.append("\nCredentials: ");
                md.append(String.join(", ", page.credentials().stream().map(MarkdownSummary::credential).toList()))
                        .append('\n');
            }
            if (!page.verifications().isEmpty()) {
                md.append("\nThe recorded credentials work: ");
                md.append(String.join(", ", page.verifications().stream().map(MarkdownSummary::verdict).toList()))
                        .append('\n');
            }
        }
        List<LintGroups.Group> shared = lint.shared();
        if (!shared.isEmpty()) {
            md.append("\n## Shared files\n\nFound once in a file several pages include:\n\n");
            for (LintGroups.Group g : shared) {
                md.append("- ").append(lintLine(g.finding())).append(" _(in ")
                        .append(String.join(", ", g.pages().stream().map(PageNames::shortPage).toList())).append(")_\n")
                        .append(FixReport.lint(fixes, g.finding()));
            }
        }
        return md.toString();
    }

    private static String headline(List<PageOutcome> pages, RunOutcome outcome) {
        return switch (outcome) {
            case PASSED -> "All " + pages.size() + " pages hold: every replayed step passed, every credential was found, and every one tried works.";
            case GUIDE_FINDINGS -> pages.stream().filter(p -> p.verdict().equals("failed")).count() + " of "
                    + pages.size() + " pages have findings.";
            case NOTHING_REPLAYED -> "Nothing was replayed: no procedure of the " + pages.size()
                    + " pages acts on a site guidecheck has page objects for.";
            case ENVIRONMENT -> "The run broke: its findings are incomplete.";
            case BAD_INPUT -> "Bad input: nothing was checked.";
        };
    }

    private static String icon(String verdict) {
        return switch (verdict) {
            case "passed" -> "✅";
            case "known" -> "☑️";
            case "not-covered", "not-run" -> "⚪";
            case "broken" -> "⚠️";
            default -> "❌";
        };
    }

    private static String lintLine(LintFinding f) {
        return f.severity().name().toLowerCase(java.util.Locale.ROOT) + " **" + f.rule() + "** `" + f.where() + "` "
                + cell(f.message()) + " — " + cell(f.suggestion());
    }

    private static String credential(CredentialCheck.Outcome c) {
        if (c.found()) {
            return c.row().name() + " `" + c.masked() + "`";
        }
        return c.notChecked().isPresent() ? c.row().name() + " _not checked_" : c.row().name() + " **not found**";
    }

    private static String verdict(CredentialVerdict v) {
        String status = v.status() == CredentialVerdict.Status.WORKS ? "works" : "**" + v.status().id() + "**";
        return v.row().name() + (v.masked() == null ? "" : " `" + v.masked() + "`") + " " + status
                + (v.status() == CredentialVerdict.Status.WORKS ? "" : " (" + cell(v.check() + ": " + v.answer()) + ")");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
