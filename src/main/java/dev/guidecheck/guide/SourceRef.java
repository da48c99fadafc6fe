package dev.guidecheck.guide;

import java.util.Objects;

/**
 * Where something in a guide was written: a file relative to the docs root ('/' separators) and a
 * 1-based line in that file, so a finding points at the line an author has to edit.
 */
public record SourceRef(String file, int line) {

    public SourceRef {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based, was " + line);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
