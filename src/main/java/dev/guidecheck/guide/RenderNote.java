package dev.guidecheck.guide;

/**
 * Something Jekyll renders without complaint but a reader of the page may miss: an undefined variable
 * printed as nothing, or a plugin tag the check cannot run, rendered empty. The lint reports each one.
 *
 * @param where      the file and line of the tag or variable
 * @param message    one line naming what rendered differently from what the author wrote
 * @param suggestion one line saying what to do about it
 */
public record RenderNote(SourceRef where, String message, String suggestion) {
}
