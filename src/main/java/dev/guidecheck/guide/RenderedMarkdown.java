package dev.guidecheck.guide;

import java.util.List;

import com.vladsch.flexmark.util.ast.Node;

/** The Markdown a page renders to, with its lines' origins, so each parsed node can name where it was written. */
record RenderedMarkdown(String text, List<String> lines, LineMap lineMap) {

    static RenderedMarkdown of(String text, LineMap lineMap) {
        return new RenderedMarkdown(text, List.of(text.split("\n", -1)), lineMap);
    }

    /** Where the first line of a node was written. */
    SourceRef origin(Node node) {
        return lineMap.origin(node.getStartLineNumber() + 1);
    }

    /** The rendered lines from the first line of {@code first} to the last line of {@code last}. */
    String slice(Node first, Node last) {
        return String.join("\n", lines.subList(first.getStartLineNumber(), lastLine(last) + 1));
    }

    /** The 0-based line of a node's last character that is not a line end or a trailing blank line. */
    private static int lastLine(Node node) {
        CharSequence chars = node.getChars();
        int end = chars.length();
        while (end > 0 && Character.isWhitespace(chars.charAt(end - 1))) {
            end--;
        }
        return node.getDocument().getLineNumber(node.getStartOffset() + Math.max(end - 1, 0));
    }
}
