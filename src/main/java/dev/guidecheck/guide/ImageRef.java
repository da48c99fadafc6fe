package dev.guidecheck.guide;

/** A screenshot a guide publishes: its alt text, its path exactly as written, and where it was written. */
public record ImageRef(String alt, String path, SourceRef source) {
}
