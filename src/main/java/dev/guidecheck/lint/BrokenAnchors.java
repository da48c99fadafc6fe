package dev.guidecheck.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

import dev.guidecheck.guide.Heading;

/**
 * Rule {@code broken-anchor}: a link to {@code #id} on the same page that no heading or HTML element of the
 * page carries, so clicking it goes nowhere. Links are read from Markdown and from raw HTML, where includes
 * such as the "On this page" callout write theirs, quoted or not.
 */
final class BrokenAnchors extends AbstractVisitor {

    static final String RULE = "broken-anchor";
    private static final Pattern HTML_HREF =
            Pattern.compile("(?i)\\bhref\\s*=\\s*(?:\"#([^\"]*)\"|'#([^']*)'|#([^\\s>\"']*))");
    private static final Pattern HTML_ID = Pattern.compile("(?i)\\b(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");

    private final LintedPage page;
    private final Set<String> targets = new HashSet<>();
    private final List<Anchor> anchors = new ArrayList<>();

    /** An in-page link: the id it points at, the rendered line it is on, and the text as written. */
    private record Anchor(String id, int renderedLine, String literal) {
    }

    private BrokenAnchors(LintedPage page) {
        this.page = page;
    }

    static List<LintFinding> check(LintedPage page) {
        BrokenAnchors rule = new BrokenAnchors(page);
        page.page().headings().stream().map(Heading::id).forEach(rule.targets::add);
        page.document().accept(rule);
        return rule.findings();
    }

    private List<LintFinding> findings() {
        List<LintFinding> findings = new ArrayList<>();
        for (Anchor anchor : anchors) {
            // A bare "#" is the top of the page, which always exists.
            if (!anchor.id().isEmpty() && !targets.contains(anchor.id())) {
                findings.add(page.finding(RULE, Severity.ERROR, page.sourceOf(anchor.renderedLine(), anchor.literal()),
                        "link to #" + anchor.id() + " matches no heading on the page",
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

    @Override
    public void visit(Link link) {
        String destination = link.getDestination();
        if (destination.startsWith("#")) {
            anchors.add(new Anchor(destination.substring(1), LintedPage.lineOf(link), destination));
        }
        visitChildren(link);
    }

    @Override
    public void visit(HtmlBlock block) {
        readHtml(block, block.getLiteral());
        visitChildren(block);
    }

    @Override
    public void visit(HtmlInline html) {
        readHtml(html, html.getLiteral());
        visitChildren(html);
    }

    private void readHtml(Node node, String html) {
        Matcher id = HTML_ID.matcher(html);
        while (id.find()) {
            targets.add(firstGroup(id));
        }
        Matcher href = HTML_HREF.matcher(html);
        while (href.find()) {
            int line = LintedPage.lineOf(node) + (int) html.substring(0, href.start()).chars().filter(c -> c == '\n').count();
            anchors.add(new Anchor(firstGroup(href), line, href.group()));
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
