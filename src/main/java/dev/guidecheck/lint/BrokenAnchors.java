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
import dev.guidecheck.guide.SourceRef;

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
                SourceRef where = page.sourceOf(anchor.renderedLine(), anchor.literal());
                findings.add(page.finding(RULE, Severity.ERROR, where,
                        "link to #" + anchor.id() + " matches no heading on the page"
                                + (anchor.shownAsText() ? " (and kramdown shows the link as text: rule raw-html)" : ""),
                        "point the link at an existing heading id" + closest(anchor.id()) + " or fix the heading",
                        edit(anchor, where)));
            }
        }
        return findings;
    }

    /** How much nearer than the next heading id the nearest must be for the fix to take it. */
    private static final double CLEAR_MARGIN = 0.2;
    /** Below this likeness no heading id is near enough to be the one meant. */
    private static final double NEAR = 0.5;

    /** The link pointed at the one heading id clearly nearest its own, or why none is certain. */
    private SourceEdit edit(Anchor anchor, SourceRef where) {
        List<String> ids = page.page().headings().stream().map(Heading::id).distinct()
                .filter(id -> likeness(anchor.id(), id) >= NEAR)
                .sorted(java.util.Comparator.comparingDouble((String id) -> likeness(anchor.id(), id)).reversed())
                .toList();
        if (ids.isEmpty()) {
            return SourceEdit.none("no heading id of the page is near #" + anchor.id());
        }
        if (ids.size() > 1 && likeness(anchor.id(), ids.get(0)) - likeness(anchor.id(), ids.get(1)) < CLEAR_MARGIN) {
            return SourceEdit.none("heading ids #" + ids.get(0) + " and #" + ids.get(1) + " are as near #" + anchor.id());
        }
        if (!page.writtenAt(where, anchor.literal())) {
            return SourceEdit.none("the link is not written on its source line as it renders (Liquid)");
        }
        return SourceEdit.replace(anchor.literal(), anchor.literal().replace("#" + anchor.id(), "#" + ids.get(0)));
    }

    /** 1 for the same id, 0 for nothing in common; an id that starts the other counts as near. */
    private static double likeness(String a, String b) {
        if (a.startsWith(b) || b.startsWith(a)) {
            return Math.max(0.8, 1 - (double) Math.abs(a.length() - b.length()) / Math.max(a.length(), b.length()));
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / Math.max(1, Math.max(a.length(), b.length()));
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
