package dev.guidecheck.pages;

/**
 * What a page object saw that tells how the guide's words should change, beside a finding's message:
 * the structure the fix stage needs to edit the docs source, or why no edit is certain. Labels here are
 * as the page shows them; the fix stage decides where in the source they are written.
 */
public sealed interface Remedy {

    /** The label the guide names now reads {@code to}: the same control, renamed. */
    record Rename(String label, String to, String evidence) implements Remedy {
    }

    /**
     * What the guide looks for moved one click away: the place the guide chose ({@code from}, a settings
     * category or an app-menu column) should be {@code to}.
     */
    record Relocate(String label, String from, String to) implements Remedy {
    }

    /** The guide skips a step: {@code sentence} (Markdown, labels in bold) goes before the failing one. */
    record InsertStep(String sentence) implements Remedy {
    }

    /** No edit is certain, and why ("two labels are as near: ..."). */
    record Unsure(String why) implements Remedy {
    }
}
