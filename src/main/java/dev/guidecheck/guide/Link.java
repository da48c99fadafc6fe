package dev.guidecheck.guide;

/** An inline link of a step: the words the reader clicks and the URL exactly as written. */
public record Link(String text, String url) {
}
