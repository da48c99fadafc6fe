package dev.guidecheck.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;

import dev.guidecheck.guide.Heading;

/**
 * Rule {@code broken-anchor}: a link to {@code #id} on the same page that no heading or HTML element of the
 * page carries, so clicking it goes nowhere. Links are read from Markdown and from raw HTML, where includes
 * such as the "On this page" callout write theirs. Markup that kramdown shows as text is no working link
 * (rule {@code raw-html} says so) and its ids are no targets; its links are still checked, because fixing
 * the markup must not leave a link that goes nowhere.
 */
final class BrokenAnchors {

    static final String RULE = "broken-anchor";
    private static final Pattern HTML_HREF =
            Pattern.compile("(?i)\\bhref\\s*=\\s*(?:\"#([^\"]*)\"|'#([^']*)'|#([^\\s>\"']*))");
    private static final Pattern HTML_ID = Pattern.compile("(?i)\\b(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");

    private final LintedPage page;
    private final Set<String> targets = new HashSet<>();
    private final List<Anchor> anchors = new ArrayList<>();

    /**
     * An in-page link: the id it points at, the rendered line it is on, the text as written, and whether
     * kramdown shows it as text (a link that works once its markup is fixed must still lead somewhere).
     */
    private record Anchor(String id, int renderedLine, String literal, boolean shownAsText) {
    }

    private BrokenAnchors(LintedPage page) {
        this.page = page;
    }

    static List<LintFinding> check(LintedPage page, PageHtml html) {
        BrokenAnchors rule = new BrokenAnchors(page);
        page.page().headings().stream().map(Heading::id).forEach(rule.targets::add);
        for (Node node : page.document().getDescendants()) {
            if (node instanceof Link link) {
                String destination = link.getUrl().unescape();
                if (destination.startsWith("#")) {
                    rule.anchors.add(new Anchor(destination.substring(1), LintedPage.lineOf(link), destination, false));
                }
            }
        }
        html.tags().forEach(rule::readHtml);
        return rule.findings();
    }
    private List<LintFinding> findings() {
        List<LintFinding> findings = new ArrayList<>();
        anchors.sort(java.util.Comparator.comparingInt(Anchor::renderedLine));
        for (Anchor anchor : anchors) {
            // A bare "#" is the top of the page, which always exists.
            if (!anchor.id().isEmpty() && !targets.contains(anchor.id())) {
                findings.add(page.finding(RULE, Severity.ERROR, page.sourceOf(anchor.renderedLine(), anchor.literal()),
                        "link to #" + anchor.id() + " matches no heading on the page"
                                + (anchor.shownAsText() ? " (and kramdown shows the link as text: rule raw-html)" : ""),
                        "point the link at an existing heading id" + closest(anchor.id()) + " or fix the heading"));
            }
        }
        return findings;
    }

    /** A hint at the heading ids there are, since a broken anchor is usually a renamed heading. */
    private String closest(String id) {
        return page.page().headings().stream().map(Heading::id)
                .filter(candidate -> candidate.startsWith(id) || id.startsWith(candidate))
                .findFirst().map(candidate -> " (#" + candidate + "?)").orElse("");
    }

    private void readHtml(PageHtml.Tag tag) {
        // An id in markup shown as text is no element on the page: nothing can link to it.
        Matcher id = HTML_ID.matcher(tag.written());
        while (id.find() && !tag.shownAsText()) {
            targets.add(firstGroup(id));
        }
        Matcher href = HTML_HREF.matcher(tag.written());
        while (href.find()) {
            anchors.add(new Anchor(firstGroup(href), tag.renderedLine(), href.group(), tag.shownAsText()));
        }
    }

    private static String firstGroup(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        throw new IllegalStateException("pattern matched without a value: " + matcher.group());
    }
}
