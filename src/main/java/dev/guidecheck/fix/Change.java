package dev.guidecheck.fix;

/**
 * What a fix does to one file, as a reviewer reads it: lines {@code line} to {@code endLine} (1-based,
 * as the check read them) held {@code old} and become {@code now} (several lines when a step is inserted).
 */
public record Change(String file, int line, int endLine, String old, String now) {
}
