package dev.guidecheck.report;

import java.util.List;
import java.util.Locale;

/**
 * How a run ended, as an exit status a scheduler can act on: an alert can tell "the docs are wrong"
 * (1) from "the run broke" (2) and from "the run was set up wrong" (3).
 */
public enum RunOutcome {
    /** Every step held, every promised credential was found, and every one tried works. */
    PASSED(0, "every replayed step held, every promised credential was found, and every one tried works"),
    /** The guide and the product disagree: a docs writer has something to fix. */
    GUIDE_FINDINGS(1, "the guides and the product disagree: see the findings"),
    /**
     * A check that replayed nothing: every procedure acts on a site guidecheck has no page objects for.
     * Not a pass: a scheduled check that silently stopped checking must not read as green.
     */
    NOTHING_REPLAYED(1, "nothing was replayed: no procedure acts on a site guidecheck has page objects for"),
    /** The browser, driver, network, sign-in or target failed: not the guide's fault. */
    ENVIRONMENT(2, "the run broke (browser, driver, network, sign-in or guidecheck itself): fix the run first;"
            + " its findings are incomplete"),
    /** A setting or a path the user gave is unusable, so no check ran. */
    BAD_INPUT(3, "bad input: a setting or a path is wrong; nothing was checked");

    private final int exitCode;
    private final String meaning;

    RunOutcome(int exitCode, String meaning) {
        this.exitCode = exitCode;
        this.meaning = meaning;
    }

    public int exitCode() {
        return exitCode;
    }

    /** One sentence for the console and the summary. */
    public String meaning() {
        return meaning;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * An environment failure wins over findings: when the run broke, its findings are incomplete and
     * the first thing to do is to fix the run.
     *
     * @param replayExpected whether the run was to replay procedures (a check, not a lint-only run)
     */
    public static RunOutcome of(List<PageOutcome> pages, boolean replayExpected) {
        if (pages.stream().anyMatch(p -> !p.environmentCauses().isEmpty())) {
            return ENVIRONMENT;
        }
        if (pages.stream().anyMatch(p -> p.verdict().equals("failed"))) {
            return GUIDE_FINDINGS;
        }
        if (replayExpected && pages.stream().allMatch(p -> p.replayed().isEmpty())) {
            return NOTHING_REPLAYED;
        }
        return PASSED;
    }
}
