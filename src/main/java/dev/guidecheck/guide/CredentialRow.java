package dev.guidecheck.guide;

/**
 * One row of a guide's credential table: what the provider calls a value and the parameter it goes into.
 *
 * @param parameter the code span of the second column, or that cell's plain text when it has none
 */
public record CredentialRow(String name, String parameter, SourceRef source) {
}
