package dev.guidecheck.report;

import dev.guidecheck.lint.LintFinding;
import dev.guidecheck.lint.Severity;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.Category;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepStatus;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.SourceRef;
import dev.guidecheck.verify.CredentialVerdict;

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
    private List<CredentialVerdict> verifications = List.of();
    private String readError;
    private List<LintFinding> lint = List.of();
    private List<Baseline.Match> judged;
    private final java.util.Set<Procedure> flaky = new java.util.HashSet<>();

    private final List<Procedure> order;
    private volatile boolean lintOnly;

    public PageOutcome(String page, String url) {
        this(page, url, List.of());
    }

    /** @param order the page's procedures as written, the order reports list them in whatever order they ran */
    public PageOutcome(String page, String url, List<Procedure> order) {
        this.page = page;
        this.url = url;
        this.order = List.copyOf(order);
    }

    public String page() {
        return page;
    }

    public String url() {
        return url;
    }

    /** Adds a procedure's result, replacing an earlier one for the same procedure (a retry's). */
    public synchronized void add(ProcedureResult result) {
        procedures.removeIf(r -> r.procedure().equals(result.procedure()));
        procedures.add(result);
        procedures.sort(java.util.Comparator.comparingInt(r -> {
            int at = order.indexOf(r.procedure());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
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

    /** Whether each recorded credential works, from the verification phase after the procedures. */
    public synchronized void verifications(List<CredentialVerdict> verdicts) {
        this.verifications = List.copyOf(verdicts);
    }

    public synchronized List<CredentialVerdict> verifications() {
        return verifications;
    }

    /** Marks the page as only linted: its procedures are listed not-run, and its verdict is its lint's. */
    public void lintOnly() {
        this.lintOnly = true;
    }

    /** Results of procedures that were replayed (not the not-covered or not-run ones). */
    public synchronized List<ProcedureResult> replayed() {
        return procedures.stream().filter(ProcedureResult::replayed).toList();
    }

    /** Procedures that were not replayed because the run stopped, or because it only linted. */
    public synchronized List<ProcedureResult> notRun() {
        return procedures.stream().filter(p -> p.status() == StepStatus.NOT_RUN).toList();
    }

    /** Procedures on sites guidecheck has no page objects for, each with the reason. */
    public synchronized List<ProcedureResult> notCovered() {
        return procedures.stream().filter(p -> p.status() == StepStatus.NOT_COVERED).toList();
    }

    /**
     * What broke the run on this page (browser, driver, network, sign-in, guidecheck itself), each as
     * "procedure: message"; the first thing to fix, since findings after it are incomplete.
     */
    public synchronized List<String> environmentCauses() {
        List<String> causes = new ArrayList<>();
        for (ProcedureResult p : procedures) {
            p.failure().filter(f -> f.category() == Category.ENVIRONMENT)
                    .ifPresent(f -> causes.add(p.procedure().title() + ": " + f.message()));
        }
        for (CredentialVerdict v : verifications) {
            if (v.status() == CredentialVerdict.Status.BROKEN) {
                causes.add("the recorded credentials work: " + v.row().name() + ": " + v.check() + ": " + v.answer());
            }
        }
        return causes;
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
        for (CredentialVerdict v : verifications) {
            if (v.status() == CredentialVerdict.Status.REFUSED) {
                // named by the step that recorded the value, where the guide needs its fix
                findings.add(new Finding(Category.CREDENTIAL_INVALID.id(), page,
                        v.recorded().map(r -> r.step().text()).orElse(v.row().name()),
                        v.recorded().map(r -> r.step().source()).orElse(v.row().source()), v.message(), true));
            }
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
     * "broken" when the run broke on this page (its findings are incomplete); "failed" when a finding
     * that fails a run is new; "known" when every such finding is in the baseline; "not-covered" when
     * nothing of the page could be replayed because its sites have no page objects; "passed" otherwise.
     */
    public synchronized String verdict() {
        if (!environmentCauses().isEmpty()) {
            return "broken";
        }
        List<Baseline.Match> failing = judged().stream().filter(m -> m.finding().failing()).toList();
        if (readError != null || failing.stream().anyMatch(Baseline.Match::isNew)) {
            return "failed";
        }
        if (!failing.isEmpty()) {
            return "known";
        }
        if (!lintOnly && !procedures.isEmpty() && procedures.stream().noneMatch(ProcedureResult::replayed)) {
            // Nothing of the page was tried: say why rather than "passed".
            return procedures.stream().anyMatch(p -> p.status() == StepStatus.NOT_RUN) ? "not-run" : "not-covered";
        }
        return "passed";
    }

    /**
     * A procedure's verdict: "passed", "failed", "broken" (the run broke), "known" when its failure is in
     * the baseline, or why it was not replayed ("not-covered", "not-run").
     */
    public synchronized String verdict(ProcedureResult procedure) {
        if (!procedure.replayed()) {
            return procedure.status().id();
        }
        if (procedure.failure().isEmpty()) {
            return "passed";
        }
        if (procedure.failure().get().category() == Category.ENVIRONMENT) {
            return "broken";
        }
        String text = procedure.failure().get().step().text();
        boolean known = judged().stream().anyMatch(m -> m.known().isPresent() && m.finding().subject().equals(text));
        return known ? "known" : "failed";
    }
}
