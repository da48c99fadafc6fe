package dev.guidecheck.report;

import dev.guidecheck.steps.Category;
import dev.guidecheck.steps.ProcedureResult;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a run ended, as an exit status a scheduler can act on: an alert can tell "the docs are wrong"
 * (1) from "the run broke" (2) and from "the run was set up wrong" (3).
 */
public enum RunOutcome {
    /** Every step held and every promised credential was found. */
    PASSED(0),
    /** The guide and the product disagree: a docs writer has something to fix. */
    GUIDE_FINDINGS(1),
    /** The browser, driver, network, sign-in or target failed: not the guide's fault. */
    ENVIRONMENT(2),
    /** A setting or the docs tree is unusable, so no check ran. */
    BAD_INPUT(3);

    private final int exitCode;

    RunOutcome(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * An environment failure wins over findings: when the run broke, its findings are incomplete and
     * the first thing to do is to fix the run.
     */
    public static RunOutcome of(List<PageOutcome> pages) {
        boolean environment = pages.stream().flatMap(p -> p.procedures().stream())
                .map(ProcedureResult::failure).flatMap(Optional::stream)
                .anyMatch(f -> f.category() == Category.ENVIRONMENT);
        if (environment) {
            return ENVIRONMENT;
        }
        boolean findings = pages.stream().anyMatch(p -> p.verdict().equals("failed"));
        return findings ? GUIDE_FINDINGS : PASSED;
    }
}
