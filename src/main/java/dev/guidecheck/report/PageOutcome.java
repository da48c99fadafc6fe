package dev.guidecheck.report;

import dev.guidecheck.lint.LintFinding;
import dev.guidecheck.lint.Severity;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.SourceRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a check found on one page: its procedures' results and its credential check, or the reason
 * the guide could not be read at all. Filled in as the page's tests run.
 */
public final class PageOutcome {

    private final String page;
    private final String url;
    private final List<ProcedureResult> procedures = new ArrayList<>();
    private List<CredentialCheck.Outcome> credentials = List.of();
    private String readError;
    private List<LintFinding> lint = List.of();
    private List<Baseline.Match> judged;
    private final java.util.Set<Procedure> flaky = new java.util.HashSet<>();

    public PageOutcome(String page, String url) {
        this.page = page;
        this.url = url;
    }

    public String page() {
        return page;
    }

    public String url() {
        return url;
    }

    public synchronized void add(ProcedureResult result) {
        procedures.add(result);
    }

    public synchronized List<ProcedureResult> procedures() {
        return List.copyOf(procedures);
    }

    public synchronized void credentials(List<CredentialCheck.Outcome> outcomes) {
        this.credentials = List.copyOf(outcomes);
    }

    public synchronized List<CredentialCheck.Outcome> credentials() {
        return credentials;
    }

    /** A procedure that failed on the environment and passed when retried with a fresh browser. */
    public synchronized void flaky(Procedure procedure) {
        flaky.add(procedure);
    }

    public synchronized boolean isFlaky(Procedure procedure) {
        return flaky.contains(procedure);
    }

    public synchronized void lint(List<LintFinding> findings) {
        this.lint = List.copyOf(findings);
    }

    public synchronized List<LintFinding> lint() {
        return lint;
    }

    /** Lint errors fail a page; warnings (like list numbering readers never see) are reported only. */
    public synchronized List<LintFinding> lintErrors() {
        return lint.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    public synchronized void readError(String message) {
        this.readError = message;
    }

    public synchronized Optional<String> readError() {
        return Optional.ofNullable(readError);
    }

    /**
     * What this page's run found, each named as a baseline names it. Lint findings are named by the
     * text of the source line they point at, read from the docs root.
     */
    public synchronized List<Finding> findings(Path docsRoot) {
        List<Finding> findings = new ArrayList<>();
        for (LintFinding f : lint) {
            findings.add(new Finding(f.rule(), page, sourceLine(docsRoot, f.where()), f.where(),
                    f.message(), f.severity() == Severity.ERROR));
        }
        for (ProcedureResult p : procedures) {
            p.failure().ifPresent(s -> findings.add(new Finding(s.category().id(), page, s.step().text(),
                    s.step().source(), s.message(), s.category().isGuideFinding())));
        }
        for (CredentialCheck.Outcome c : credentials) {
            c.problem().ifPresent(problem -> findings.add(new Finding("credential-missing", page, c.row().name(),
                    c.row().source(), problem, true)));
        }
        return findings;
    }

    private static String sourceLine(Path docsRoot, SourceRef where) {
        try {
            List<String> lines = Files.readAllLines(docsRoot.resolve(where.file()));
            return where.line() <= lines.size() ? lines.get(where.line() - 1).strip() : where.toString();
        } catch (IOException | RuntimeException e) {
            return where.toString();
        }
    }

    /** Weighs this page's findings against the baseline; reports use the result. */
    public synchronized List<Baseline.Match> judge(Baseline baseline, Path docsRoot) {
        judged = findings(docsRoot).stream().map(baseline::match).toList();
        return judged;
    }

    /** The findings as last judged against the baseline (every finding new if never judged). */
    public synchronized List<Baseline.Match> judged() {
        return judged != null ? judged : findings(Path.of(".")).stream().map(Baseline.none()::match).toList();
    }

    /**
     * "failed" when a finding that fails a run is new, "known" when every such finding is in the
     * baseline, "passed" otherwise.
     */
    public synchronized String verdict() {
        List<Baseline.Match> failing = judged().stream().filter(m -> m.finding().failing()).toList();
        if (readError != null || failing.stream().anyMatch(Baseline.Match::isNew)) {
            return "failed";
        }
        return failing.isEmpty() ? "passed" : "known";
    }

    /** A procedure's verdict: "passed", "failed", or "known" when its failure is in the baseline. */
    public synchronized String verdict(ProcedureResult procedure) {
        if (procedure.failure().isEmpty()) {
            return "passed";
        }
        String text = procedure.failure().get().step().text();
        boolean known = judged().stream().anyMatch(m -> m.known().isPresent() && m.finding().subject().equals(text));
        return known ? "known" : "failed";
    }
}
