package dev.guidecheck.guide;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that Liquid block tags are closed before liqp sees the text. liqp does not always fail on an
 * unclosed block: it can misparse an earlier tag instead, and then the error names the wrong line.
 */
final class LiquidBlocks {

    private static final Set<String> BLOCKS = Set.of("if", "unless", "case", "for", "tablerow", "capture",
            "comment", "raw", "ifchanged");
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)");

    private LiquidBlocks() {
    }

    private record Open(String name, SourceRef where) {
    }

    /** Fails with the line of the first block tag that is never closed, or of an end tag that closes nothing. */
    static void check(SourceText source) {
        Deque<Open> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(source.text());
        while (tag.find()) {
            String name = tag.group(1);
            SourceRef where = source.at(OriginMarkers.lineOf(source.text(), tag.start()));
            boolean verbatim = !open.isEmpty() && (open.peek().name().equals("raw") || open.peek().name().equals("comment"));
            if (verbatim && !name.equals("end" + open.peek().name())) {
                // Inside raw and comment, tags are text.
                continue;
            }
            if (BLOCKS.contains(name)) {
                open.push(new Open(name, where));
            } else if (name.startsWith("end") && BLOCKS.contains(name.substring(3))) {
                if (open.isEmpty()) {
                    throw GuideException.at(where, "Liquid syntax error: '" + name + "' closes no open block");
                }
                Open closed = open.pop();
                if (!name.equals("end" + closed.name())) {
                    throw GuideException.at(where, "Liquid syntax error: '" + name + "' does not close '"
                            + closed.name() + "' opened on line " + closed.where().line());
                }
            }
        }
        if (!open.isEmpty()) {
            Open unclosed = open.getLast();
            throw GuideException.at(unclosed.where(), "Liquid syntax error: '" + unclosed.name() + "' tag was never closed");
        }
    }
}
