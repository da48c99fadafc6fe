package dev.guidecheck.lint;

import dev.guidecheck.guide.SourceRef;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Rule {@code list-numbering} (markdownlint MD029): kramdown numbers every ordered list 1, 2, 3, ...
 * whatever the source says, so a source written 1, 3, 4, 3 shows readers numbers the author never wrote.
 * Every ordered list counts, not only procedures, because readers see all of them numbered. A list written
 * 1, 2, 3 is right, and so is one whose items all carry the same number ("1." for every item, which this
 * rule suggests): the author did not mean those numbers to be read. Any other list is flagged at each item
 * whose written number differs from the one readers see.
 */
final class ListNumbering {

    static final String RULE = "list-numbering";

    private ListNumbering() {
    }

    static List<LintFinding> check(LintedPage page) {
        List<LintFinding> findings = new ArrayList<>();
        for (Node node : page.document().getDescendants()) {
            if (node instanceof OrderedList list) {
                check(page, list, findings);
            }
        }
        return findings;
    }

    private static void check(LintedPage page, OrderedList list, List<LintFinding> findings) {
        List<OrderedListItem> items = new ArrayList<>();
        List<Integer> written = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof OrderedListItem listItem) {
                items.add(listItem);
                String digits = listItem.getOpeningMarker().toString().replaceAll("\\D", "");
                written.add(digits.isEmpty() || digits.length() > 9 ? -1 : Integer.parseInt(digits));
            }
        }
        if (written.stream().distinct().count() <= 1) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            int position = i + 1;
            if (written.get(i) != position) {
                String marker = items.get(i).getOpeningMarker().toString();
                SourceRef where = page.page().lineMap().origin(LintedPage.lineOf(items.get(i)));
                SourceEdit edit = written.get(i) > 0 && page.writtenAt(where, marker)
                        ? SourceEdit.replace(marker, marker.replace(String.valueOf(written.get(i)), String.valueOf(position)))
                        : SourceEdit.none("the item's number is not written on its line as it renders");
                findings.add(page.finding(RULE, Severity.WARNING, where,
                        "step written as " + written.get(i) + " renders as " + position,
                        "renumber the list 1, 2, 3, … (or use 1. for every item)", edit));
            }
        }
    }
}
