package dev.guidecheck.lint;

import java.util.Objects;

import dev.guidecheck.guide.SourceRef;

/**
 * One problem a guide author can fix, at the line of the source file to edit.
 *
 * @param rule       the rule that found it, e.g. "list-numbering"
 * @param where      the file (relative to the docs root) and line the author has to edit; line 1 when the
 *                   problem is with the file as a whole
 * @param page       the page being linted, which may have pulled {@code where} in through an include
 * @param message    one line naming what is wrong
 * @param suggestion one line saying how to fix it
 * @param edit       the edit of the line at {@code where} that fixes it, or why none is certain; null when the
 *                   rule does not say
 */
public record LintFinding(String rule, Severity severity, SourceRef where, String page, String message,
                          String suggestion, SourceEdit edit) {

    public LintFinding(String rule, Severity severity, SourceRef where, String page, String message, String suggestion) {
        this(rule, severity, where, page, message, suggestion, null);
    }

    public LintFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
    }
}
