package dev.guidecheck.report;

import dev.guidecheck.guide.SourceRef;

import java.util.Locale;

/**
 * One thing a run found on a page, in the form a baseline can name it: its rule or category, the
 * page, and its subject (the step's text, the source line's text, or the credential's name), so an
 * edit elsewhere in the guide does not break the match the way a line number would.
 *
 * @param failing whether it fails the run when it is not in the baseline (lint warnings do not)
 */
public record Finding(String id, String page, String subject, SourceRef where, String message, boolean failing) {

    /** The baseline line that names this finding. */
    public String baselineLine() {
        return id + " | " + page + " | " + subject;
    }

    /** Whether a baseline line's parts name this finding (case and spacing do not matter). */
    boolean matches(String id, String page, String subject) {
        return normal(this.id).equals(normal(id)) && normal(this.page).equals(normal(page))
                && normal(this.subject).equals(normal(subject));
    }

    private static String normal(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
