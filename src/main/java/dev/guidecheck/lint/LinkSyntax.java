package dev.guidecheck.lint;

import dev.guidecheck.guide.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Rule {@code link-syntax}: a link or image written with whitespace between {@code ]} and {@code (}, on one
 * line or across two. Markdown then shows the brackets and the URL as plain text, and the reader gets no link.
 * Only the text of paragraphs is read (code spans, links and HTML are left out), so code that quotes such
 * syntax is left alone.
 */
final class LinkSyntax {

    static final String RULE = "link-syntax";
    private static final String BRACKETS = "!?\\[[^\\[\\]\\n\\u0000]+\\]";
    private static final String PARENTHESES = "\\([^()\\s\\u0000]+(?:\\s+\"[^\"\\n\\u0000]*\")?\\)";
    private static final Pattern SPACED = Pattern.compile(BRACKETS + "[ \\t]+" + PARENTHESES);
    private static final Pattern ACROSS_LINES = Pattern.compile("(" + BRACKETS + ")[ \\t]*\\n[ \\t]*" + PARENTHESES);

    private LinkSyntax() {
    }

    static List<LintFinding> check(LintedPage page) {
        List<LintFinding> findings = new ArrayList<>();
        for (Node node : page.document().getDescendants()) {
            if (node instanceof Paragraph paragraph) {
                check(page, paragraph, findings);
            }
        }
        return findings;
    }

    private static void check(LintedPage page, Paragraph paragraph, List<LintFinding> findings) {
        StringBuilder text = new StringBuilder();
        collect(paragraph, text);
        int firstLine = LintedPage.lineOf(paragraph);
        Matcher spaced = SPACED.matcher(text);
        while (spaced.find()) {
            String written = spaced.group();
            report(page, firstLine + lines(text, spaced.start()), written, "remove the space between ] and (",
                    SourceEdit.replace(written, written.replaceFirst("\\][ \\t]+\\(", "](")), findings);
        }
        Matcher across = ACROSS_LINES.matcher(text);
        while (across.find()) {
            report(page, firstLine + lines(text, across.start()), across.group(1), "join the lines so that ( follows ] directly",
                    SourceEdit.none("the link spans two lines; joining them is left to the author"), findings);
        }
    }

    /** The paragraph's words with each line break kept and everything that is not plain text blanked out. */
    private static void collect(Node parent, StringBuilder text) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                text.append(child.getChars());
            } else if (child instanceof LinkRef ref && !ref.isDefined()) {
                // "[text]" that no reference defines: kramdown shows the brackets as they are.
                text.append(child.getChars());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append('\n');
            } else if (child instanceof Code || child.getFirstChild() == null) {
                text.append('\u0000');
            } else if (child instanceof com.vladsch.flexmark.ast.Link || child instanceof com.vladsch.flexmark.ast.Image) {
                text.append('\u0000');
            } else {
                collect(child, text);
            }
        }
    }

    private static int lines(CharSequence text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static void report(LintedPage page, int renderedLine, String written, String suggestion, SourceEdit edit,
                               List<LintFinding> findings) {
        SourceRef where = page.sourceOf(renderedLine, written);
        findings.add(page.finding(RULE, Severity.WARNING, where, "link renders as plain text: " + written, suggestion,
                !edit.certain() || page.writtenAt(where, written) ? edit
                        : SourceEdit.none("the link is not written on one source line as it renders (Liquid)")));
    }
}
