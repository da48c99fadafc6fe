package dev.guidecheck.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Rule {@code link-syntax}: a link or image written with whitespace between {@code ]} and {@code (}, on one
 * line or across two. Markdown then shows the brackets and the URL as plain text, and the reader gets no link.
 * Only text nodes are read, so code that quotes such syntax is left alone.
 */
final class LinkSyntax extends AbstractVisitor {

    static final String RULE = "link-syntax";
    private static final String BRACKETS = "!?\\[[^\\[\\]]+\\]";
    private static final String PARENTHESES = "\\([^()\\s]+(?:\\s+\"[^\"]*\")?\\)";
    private static final Pattern SPACED = Pattern.compile(BRACKETS + "[ \\t]+" + PARENTHESES);
    private static final Pattern BRACKETS_AT_END = Pattern.compile(BRACKETS + "$");
    private static final Pattern PARENTHESES_AT_START = Pattern.compile("^" + PARENTHESES);

    private final LintedPage page;
    private final List<LintFinding> findings = new ArrayList<>();

    private LinkSyntax(LintedPage page) {
        this.page = page;
    }

    static List<LintFinding> check(LintedPage page) {
        LinkSyntax rule = new LinkSyntax(page);
        page.document().accept(rule);
        return rule.findings;
    }

    @Override
    public void visit(Text text) {
        Matcher spaced = SPACED.matcher(text.getLiteral());
        while (spaced.find()) {
            report(text, spaced.group(), "remove the space between ] and (");
        }
        Matcher brackets = BRACKETS_AT_END.matcher(text.getLiteral());
        // The parser drops the line's trailing spaces and splits the two lines with a soft break.
        if (brackets.find() && text.getNext() instanceof SoftLineBreak
                && text.getNext().getNext() instanceof Text next
                && PARENTHESES_AT_START.matcher(next.getLiteral()).find()) {
            report(text, brackets.group(), "join the lines so that ( follows ] directly");
        }
        visitChildren(text);
    }

    private void report(Text text, String written, String suggestion) {
        findings.add(page.finding(RULE, Severity.WARNING, page.sourceOf(LintedPage.lineOf(text), written),
                "link renders as plain text: " + written, suggestion));
    }
}
