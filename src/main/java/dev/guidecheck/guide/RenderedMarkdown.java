package dev.guidecheck.guide;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** The Markdown a page renders to, with its lines' origins, so each parsed node can name where it was written. */
record RenderedMarkdown(String text, List<String> lines, LineMap lineMap) {

    static RenderedMarkdown of(String text, LineMap lineMap) {
        return new RenderedMarkdown(text, List.of(text.split("\n", -1)), lineMap);
    }

    /** Where the first line of a node was written. */
    SourceRef origin(Node node) {
        return lineMap.origin(firstSpan(node).getLineIndex() + 1);
    }

    /** The rendered line a node starts on, from the node's first column. */
    String lineFrom(Node node) {
        SourceSpan span = firstSpan(node);
        return lines.get(span.getLineIndex()).substring(span.getColumnIndex());
    }

    /** The rendered lines from the first line of {@code first} to the last line of {@code last}. */
    String slice(Node first, Node last) {
        List<SourceSpan> lastSpans = last.getSourceSpans();
        int to = lastSpans.get(lastSpans.size() - 1).getLineIndex();
        return String.join("\n", lines.subList(firstSpan(first).getLineIndex(), to + 1));
    }

    private static SourceSpan firstSpan(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            throw new IllegalStateException("the Markdown parser gave no source span for " + node);
        }
        return spans.get(0);
    }
}
