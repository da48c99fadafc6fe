package dev.guidecheck.fix;

import java.util.List;
import java.util.Optional;

/**
 * What the fix stage says about one finding: the changes that fix it, or why it makes none.
 *
 * @param page    the page the finding is on
 * @param id      the finding's rule or category ("label-not-found", "list-numbering")
 * @param file    the file the finding points at
 * @param line    the line the finding points at
 * @param message the finding's message, which tells two findings on one line apart
 * @param changes the changes, one per region of a file; empty when there is no fix
 * @param note    what a reviewer should know about the changes (which step is edited and why, which pages
 *                an edit of a shared file or front matter affects); null when nothing
 * @param whyNot  why there is no fix; null when there is one
 */
public record FixOutcome(String page, String id, String file, int line, String message, List<Change> changes,
                         String note, String whyNot, List<Edit> edits) {

    public FixOutcome {
        changes = List.copyOf(changes);
        edits = List.copyOf(edits);
    }

    public boolean fixed() {
        return whyNot == null;
    }

    /** "no fix: ..." for a finding without one. */
    public Optional<String> refusal() {
        return whyNot == null ? Optional.empty() : Optional.of("no fix: " + whyNot);
    }

    boolean names(String page, String id, String file, int line, String message) {
        return this.page.equals(page) && this.id.equals(id) && this.file.equals(file) && this.line == line
                && this.message.equals(message);
    }
}
