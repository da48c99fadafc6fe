package dev.guidecheck.report;

import dev.guidecheck.fix.Change;
import dev.guidecheck.fix.FixOutcome;
import dev.guidecheck.fix.FixPlan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finding's fix as the reports show it: in report.json its changes (file, line, old, new) or why there
 * is none; in summary.md a GitHub suggestion block under the finding, or the reason.
 */
final class FixReport {

    private FixReport() {
    }

    /** The fix of a finding, if the fix stage looked at it. */
    static Optional<FixOutcome> of(FixPlan fixes, String page, Finding f) {
        return fixes.of(page, f.id(), f.where(), f.message());
    }

    /** The page's report.json object with each finding given its {@code fix}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withFixes(Map<String, Object> json, PageOutcome page, FixPlan fixes) {
        if (fixes.outcomes().isEmpty()) {
            return json;
        }
        List<Map<String, Object>> findings = (List<Map<String, Object>>) json.get("findings");
        List<Baseline.Match> judged = page.judged();
        for (int i = 0; i < findings.size() && i < judged.size(); i++) {
            int at = i;
            of(fixes, page.page(), judged.get(i).finding()).ifPresent(fix -> findings.get(at).put("fix", json(fix)));
        }
        return json;
    }

    static Map<String, Object> json(FixOutcome fix) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!fix.fixed()) {
            m.put("none", fix.refusal().orElseThrow());
            return m;
        }
        m.put("changes", fix.changes().stream().map(FixReport::change).toList());
        m.put("note", fix.note());
        return m;
    }

    private static Map<String, Object> change(Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", c.file());
        m.put("line", c.line());
        m.put("endLine", c.endLine());
        m.put("old", c.old());
        m.put("new", c.now());
        return m;
    }

    /** The fix of a lint finding under its line in summary.md (a warning is no run finding, so it is looked up by its own fields). */
    static String lint(FixPlan fixes, dev.guidecheck.lint.LintFinding f) {
        return fixes.of(f.page(), f.rule(), f.where(), f.message()).map(fix -> "\n" + markdown(fix, "  ")).orElse("");
    }

    /** The line summary.md opens the fixes with: how many findings have one, and what apply mode did. */
    static Optional<String> headline(FixPlan fixes, Optional<FixPlan.Applied> applied) {
        if (fixes.outcomes().isEmpty()) {
            return Optional.empty();
        }
        long fixed = fixes.outcomes().stream().filter(FixOutcome::fixed).count();
        String line = "Fixes: " + fixed + " of " + fixes.outcomes().size() + " findings have one, shown under each as a"
                + " suggestion (all of them in fixes.patch, " + fixes.files().size() + " files); the others say why not.";
        return Optional.of(line + applied.map(a -> a.applied()
                ? " Applied to the docs tree: " + (a.changed().isEmpty() ? "nothing to change." : String.join(", ", a.changed()) + ".")
                : " **Not applied:** " + a.refused() + ".").orElse(""));
    }

    /** The fix under a finding in summary.md: a suggestion block per change, or why there is none. */
    static String markdown(FixOutcome fix, String indent) {
        if (!fix.fixed()) {
            return indent + "_" + fix.refusal().orElseThrow().replace("_", "\\_") + "_\n";
        }
        StringBuilder md = new StringBuilder();
        for (Change c : fix.changes()) {
            md.append(indent).append("fix `").append(c.file()).append(':').append(c.line())
                    .append(c.endLine() > c.line() ? "-" + c.endLine() : "").append("`:\n\n");
            md.append(indent).append("```suggestion\n");
            c.now().lines().forEach(l -> md.append(indent).append(l).append('\n'));
            md.append(indent).append("```\n\n");
        }
        if (fix.note() != null) {
            md.append(indent).append("_").append(fix.note().replace("_", "\\_")).append("_\n");
        }
        return md.toString();
    }
}
