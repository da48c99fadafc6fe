package dev.guidecheck.lint;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Node;

import dev.guidecheck.guide.KramdownHtml;

/**
 * Every raw HTML tag of a page in order, with the rendered line it is on and whether kramdown parses it or
 * shows it to readers as text ({@link KramdownHtml}). Rules that read HTML (anchors, raw HTML) share it.
 */
record PageHtml(List<Tag> tags) {

    /** One tag: the rendered line it is on, as written, and whether readers see it as text. */
    record Tag(int renderedLine, String written, boolean shownAsText) {
    }

    static PageHtml of(LintedPage page) {
        KramdownHtml kramdown = new KramdownHtml();
        List<Tag> tags = new ArrayList<>();
        for (Node node : page.document().getDescendants()) {
            if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                String html = node.getChars().toString();
                int line = LintedPage.lineOf(node);
                for (KramdownHtml.Tag tag : kramdown.tags(html)) {
                    tags.add(new Tag(line + newlines(html, tag.start()), tag.written(), tag.shownAsText()));
                }
            }
        }
        return new PageHtml(List.copyOf(tags));
    }

    private static int newlines(String html, int end) {
        int count = 0;
        for (int i = 0; i < end; i++) {
            if (html.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
