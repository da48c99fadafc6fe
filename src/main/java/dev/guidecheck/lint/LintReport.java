package dev.guidecheck.lint;

import java.util.Locale;

/** Lint findings as console lines that editors and CI logs turn into links to the line to fix. */
public final class LintReport {

    private LintReport() {
    }

    /**
     * One line: severity, rule, file:line, the page in parentheses (an include serves several pages),
     * then what is wrong and how to fix it.
     */
    public static String format(LintFinding finding) {
        return finding.severity().name().toLowerCase(Locale.ROOT) + " " + finding.rule() + " " + finding.where()
                + " (" + finding.page() + "): " + finding.message() + " — " + finding.suggestion();
    }
}
