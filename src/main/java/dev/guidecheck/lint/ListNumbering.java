package dev.guidecheck.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * Rule {@code list-numbering} (markdownlint MD029): kramdown numbers every ordered list 1, 2, 3, ...
 * whatever the source says, so a source written 1, 3, 4, 3 shows readers numbers the author never wrote.
 * Every ordered list counts, not only procedures, because readers see all of them numbered.
 */
final class ListNumbering extends AbstractVisitor {

    static final String RULE = "list-numbering";
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("^(\\d+)[.)]");

    private final LintedPage page;
    private final List<LintFinding> findings = new ArrayList<>();

    private ListNumbering(LintedPage page) {
        this.page = page;
    }

    static List<LintFinding> check(LintedPage page) {
        ListNumbering rule = new ListNumbering(page);
        page.document().accept(rule);
        return rule.findings;
    }

    @Override
    public void visit(OrderedList list) {
        int position = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            position++;
            Matcher written = WRITTEN_NUMBER.matcher(page.lineFrom(item));
            // The parser only takes a line as an ordered item when it starts with the number, so this matches.
            if (written.find() && Integer.parseInt(written.group(1)) != position) {
                findings.add(page.finding(RULE, Severity.WARNING,
                        page.page().lineMap().origin(LintedPage.lineOf(item)),
                        "step written as " + written.group(1) + " renders as " + position,
                        "renumber the list 1, 2, 3, … (or use 1. for every item)"));
            }
        }
        visitChildren(list);
    }
}
