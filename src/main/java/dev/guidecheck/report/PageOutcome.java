package dev.guidecheck.report;

import dev.guidecheck.lint.LintFinding;
import dev.guidecheck.lint.Severity;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepStatus;

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

    public synchronized StepStatus status() {
        boolean failed = readError != null
                || lint.stream().anyMatch(f -> f.severity() == Severity.ERROR)
                || procedures.stream().anyMatch(p -> p.status() == StepStatus.FAILED)
                || credentials.stream().anyMatch(c -> !c.found());
        return failed ? StepStatus.FAILED : StepStatus.PASSED;
    }
}
