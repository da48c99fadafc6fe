package dev.guidecheck.lint;

/**
 * The edit of a lint finding's source line that fixes it: on that line, {@code written} becomes
 * {@code replacement}; or, when no edit is certain, why not ({@code whyNot}, the other two null).
 */
public record SourceEdit(String written, String replacement, String whyNot) {

    public static SourceEdit replace(String written, String replacement) {
        return new SourceEdit(written, replacement, null);
    }

    public static SourceEdit none(String whyNot) {
        return new SourceEdit(null, null, whyNot);
    }

    public boolean certain() {
        return whyNot == null;
    }
}
