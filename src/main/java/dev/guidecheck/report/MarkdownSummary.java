package dev.guidecheck.report;

import dev.guidecheck.AtomicFiles;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code summary.md}: a short Markdown account of the run for a CI job summary or a pull-request
 * comment. One line per page when all is well; a table and the findings when not.
 */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    public static Path write(Path out, List<PageOutcome> pages) throws IOException {
        return AtomicFiles.write(out.resolve("summary.md"), render(pages).getBytes(StandardCharsets.UTF_8),
                AtomicFiles.SHARED);
    }

    static String render(List<PageOutcome> pages) {
        StringBuilder md = new StringBuilder("# guidecheck\n\n");
        long failedPages = pages.stream().filter(p -> p.verdict().equals("failed")).count();
        md.append(failedPages == 0
                ? "All " + pages.size() + " pages hold: every step passed and every credential was found.\n"
                : failedPages + " of " + pages.size() + " pages have findings.\n");
        for (PageOutcome page : pages) {
            md.append("\n## ").append(switch (page.verdict()) {
                        case "passed" -> "✅ ";
                        case "known" -> "☑️ ";
                        default -> "❌ ";
                    })
                    .append('[').append(page.page()).append("](").append(page.url()).append(")\n\n");
            page.readError().ifPresent(e -> md.append("The guide could not be read: `").append(e).append("`\n"));
            long warnings = page.judged().stream().filter(m -> !m.finding().failing()).count();
            if (warnings > 0) {
                md.append(warnings).append(" lint warnings (list numbering, link syntax...): see report.json.\n\n");
            }
            List<ProcedureResult> results = page.procedures();
            if (!results.isEmpty()) {
                md.append("| procedure | status | steps |\n| --- | --- | --- |\n");
                for (ProcedureResult r : results) {
                    long passed = r.steps().stream().filter(s -> s.status() == StepStatus.PASSED).count();
                    md.append("| ").append(cell(r.procedure().title())).append(" | ").append(page.verdict(r))
                            .append(" | ").append(passed).append('/').append(r.steps().size()).append(" |\n");
                }
            }
            for (Baseline.Match match : page.judged()) {
                Finding f = match.finding();
                if (f.failing()) {
                    md.append("\n- **").append(f.id()).append("** `").append(f.where()).append("` ")
                            .append(cell(f.message()))
                            .append(match.known().map(e -> " _(known: baseline line " + e.line() + ")_").orElse(""))
                            .append('\n');
                }
            }
            if (!page.credentials().isEmpty()) {
                md.append("\nCredentials: ");
                List<String> found = page.credentials().stream().map(MarkdownSummary::credential).toList();
                md.append(String.join(", ", found)).append('\n');
            }
            long shots = results.stream().mapToLong(r -> r.captures().size()).sum();
            if (shots > 0) {
                md.append("\nScreenshots captured: ").append(shots).append('\n');
            }
        }
        return md.toString();
    }

    private static String credential(CredentialCheck.Outcome c) {
        return c.found() ? c.row().name() + " `" + c.masked() + "`" : c.row().name() + " **not found**";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
