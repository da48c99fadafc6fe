package dev.guidecheck.guide;

/**
 * A heading of any level as the site renders it, so links into the page can be checked against real anchors.
 *
 * @param id the anchor kramdown's auto_ids gives the heading, counted over every heading of the page
 */
public record Heading(int level, String text, String id, SourceRef source) {
}
