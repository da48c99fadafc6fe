package dev.guidecheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.guidecheck.AtomicFiles;
import dev.guidecheck.evidence.Shot;
import dev.guidecheck.fix.FixPlan;
import dev.guidecheck.lint.LintFinding;
import dev.guidecheck.steps.Capture;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepResult;
import dev.guidecheck.verify.CredentialVerdict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.json}: pages, procedures, steps with file and line, credentials (masked, never
 * in full) and screenshots. Written whole to a temporary file and then moved, so a reader never sees
 * half a report.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static Path write(Path out, Map<String, Object> run, List<PageOutcome> pages,
                             List<Baseline.Entry> resolved) throws IOException {
        return write(out, run, pages, resolved, FixPlan.none());
    }

    /** The same, each finding with its fix (file, line, old, new) or why none ({@link FixReport}). */
    public static Path write(Path out, Map<String, Object> run, List<PageOutcome> pages,
                             List<Baseline.Entry> resolved, FixPlan fixes) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run", run);
        root.put("pages", pages.stream().map(p -> FixReport.withFixes(page(p), p, fixes)).toList());
        root.put("resolvedBaselineEntries", resolved.stream().map(e -> Map.of(
                "line", e.line(), "entry", e.id() + " | " + e.page() + " | " + e.subject())).toList());
        return AtomicFiles.write(out.resolve("report.json"), JSON.writeValueAsBytes(root), AtomicFiles.SHARED);
    }

    private static Map<String, Object> page(PageOutcome page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", page.page());
        m.put("url", page.url());
        m.put("status", page.verdict());
        m.put("findings", page.judged().stream().map(JsonReport::finding).toList());
        page.readError().ifPresent(e -> m.put("error", e));
        m.put("lint", page.lint().stream().map(JsonReport::lint).toList());
        m.put("procedures", page.procedures().stream().map(p -> procedure(p, page.verdict(p), page.isFlaky(p.procedure())))
                .toList());
        m.put("credentials", page.credentials().stream().map(JsonReport::credential).toList());
        m.put("verification", page.verifications().stream().map(JsonReport::verdict).toList());
        List<Map<String, Object>> shots = new ArrayList<>();
        for (ProcedureResult p : page.procedures()) {
            for (Capture c : p.captures()) {
                shots.add(screenshot(c, p));
            }
        }
        m.put("screenshots", shots);
        return m;
    }

    private static Map<String, Object> finding(Baseline.Match match) {
        Finding f = match.finding();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("subject", f.subject());
        m.put("file", f.where().file());
        m.put("line", f.where().line());
        m.put("message", f.message());
        m.put("failing", f.failing());
        m.put("known", match.known().map(e -> "baseline line " + e.line()).orElse(null));
        return m;
    }

    private static Map<String, Object> lint(LintFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().name().toLowerCase());
        m.put("file", f.where().file());
        m.put("line", f.where().line());
        m.put("message", f.message());
        m.put("suggestion", f.suggestion());
        return m;
    }

    private static Map<String, Object> procedure(ProcedureResult p, String verdict, boolean flaky) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.procedure().title());
        m.put("section", p.procedure().section());
        m.put("file", p.procedure().source().file());
        m.put("line", p.procedure().source().line());
        m.put("status", verdict);
        p.notRunReason().ifPresent(why -> m.put("reason", why));
        m.put("flaky", flaky);
        m.put("steps", p.steps().stream().map(JsonReport::step).toList());
        return m;
    }

    private static Map<String, Object> step(StepResult s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", s.step().number());
        m.put("position", s.step().position());
        m.put("text", s.step().text());
        m.put("file", s.step().source().file());
        m.put("line", s.step().source().line());
        m.put("status", s.status().id());
        m.put("category", s.category() == null ? null : s.category().id());
        m.put("message", s.message());
        m.put("millis", s.took().toMillis());
        return m;
    }

    private static Map<String, Object> credential(CredentialCheck.Outcome c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.row().name());
        m.put("parameter", c.row().parameter());
        m.put("found", c.found());
        m.put("masked", c.masked());
        m.put("recordedAt", c.recorded().map(r -> r.step().source().toString()).orElse(null));
        m.put("problem", c.problem().orElse(null));
        m.put("notChecked", c.notChecked().orElse(null));
        return m;
    }

    /** Whether a recorded credential works: masked value, where it was recorded, what was tried, the provider's answer. */
    private static Map<String, Object> verdict(CredentialVerdict v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", v.row().name());
        m.put("parameter", v.row().parameter());
        m.put("masked", v.masked());
        m.put("recordedAt", v.recordedAt());
        m.put("status", v.status().id());
        m.put("check", v.check());
        m.put("answer", v.answer());
        return m;
    }

    /** A mask's place in the image and what it hides, by name: a reviewer can check it covers the value. */
    private static Map<String, Object> mask(Shot.Redaction r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", r.what());
        m.put("x", r.box().x);
        m.put("y", r.box().y);
        m.put("width", r.box().width);
        m.put("height", r.box().height);
        return m;
    }

    private static Map<String, Object> screenshot(Capture c, ProcedureResult p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", c.image().path().replaceFirst("^/", ""));
        m.put("mode", c.mode().id());
        m.put("status", c.status().id());
        m.put("diffFraction", c.fraction());
        m.put("procedure", p.procedure().title());
        m.put("step", c.step().position());
        m.put("screen", c.screen());
        m.put("evidence", c.evidence().toString());
        m.put("written", c.written() == null ? null : c.written().toString());
        if (c.note() != null) {
            m.put("note", c.note());
        }
        m.put("diff", c.diff() == null ? null : c.diff().toString());
        m.put("masks", c.masks().stream().map(JsonReport::mask).toList());
        m.put("bytes", c.bytes());
        return m;
    }
}
