package dev.guidecheck.guide;

import java.util.List;

/**
 * Where each line of a page's rendered Markdown was written: Liquid pulls lines in from includes and
 * expands variables, and every finding about the rendered text must still name the file and line to edit.
 */
public final class LineMap {

    private final List<SourceRef> origins;

    LineMap(List<SourceRef> origins) {
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("a rendered text has at least one line");
        }
        this.origins = List.copyOf(origins);
    }

    /** The number of lines of the rendered Markdown. */
    public int lineCount() {
        return origins.size();
    }

    /** Where the given 1-based line of the rendered Markdown was written. */
    public SourceRef origin(int renderedLine) {
        if (renderedLine < 1 || renderedLine > origins.size()) {
            throw new IndexOutOfBoundsException("rendered line " + renderedLine + " is outside 1.." + origins.size());
        }
        return origins.get(renderedLine - 1);
    }
}
