package dev.guidecheck.fix;

import java.util.List;

/** One change of a docs file, as the fix stage records it against the lines the check read. */
public sealed interface Edit {

    String file();

    /** Makes the change in {@code source}; false when the line no longer holds what the edit replaces. */
    boolean applyTo(SourceFile source);

    /** On a 1-based line, the first {@code written} becomes {@code replacement}. */
    record Replace(String file, int line, String written, String replacement) implements Edit {
        @Override
        public boolean applyTo(SourceFile source) {
            return source.replace(line, written, replacement);
        }
    }

    /**
     * A list item inserted before the item on {@code before}, and the list ({@code items}: its items' lines)
     * renumbered as the author numbers it.
     */
    record InsertItem(String file, int before, String item, List<Integer> items) implements Edit {
        @Override
        public boolean applyTo(SourceFile source) {
            if (before < 1 || before > source.lineCount()) {
                return false;
            }
            source.insertBefore(before, item);
            source.renumberList(items);
            return true;
        }
    }
}
