package dev.guidecheck.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule {@code raw-html}: HTML that kramdown does not parse and shows readers as text, such as a tag with an
 * unquoted attribute value that is not a plain word ({@code <a href=#setup>}) or a closing tag that closes
 * nothing ({@code </br>}). Readers see the markup, and its links do not work. One finding per rendered line,
 * naming the first such tag and how many there are.
 */
final class RawHtml {

    static final String RULE = "raw-html";

    private RawHtml() {
    }

    static List<LintFinding> check(LintedPage page, PageHtml html) {
        Map<Integer, List<PageHtml.Tag>> byLine = new LinkedHashMap<>();
        for (PageHtml.Tag tag : html.tags()) {
            if (tag.shownAsText()) {
                byLine.computeIfAbsent(tag.renderedLine(), line -> new ArrayList<>()).add(tag);
            }
        }
        List<LintFinding> findings = new ArrayList<>();
        byLine.forEach((line, tags) -> {
            String first = tags.get(0).written();
            String more = tags.size() > 1 ? " and " + (tags.size() - 1) + " more tag" + (tags.size() > 2 ? "s" : "") : "";
            // The longest tag is the likeliest to be written on one line only, so it finds the line to edit.
            String telling = tags.stream().map(PageHtml.Tag::written).max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
            findings.add(page.finding(RULE, Severity.WARNING, page.sourceOf(line, telling),
                    "kramdown shows " + first + more + " to readers as text, not as HTML",
                    "quote every attribute value (href=\"#...\") and close only tags that were opened (<br>, not </br>)"));
        });
        return findings;
    }
}
