package dev.guidecheck.guide;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The words a reader sees in a piece of Markdown: text and code, one space for each break, no images, and
 * the raw HTML that kramdown shows as text ({@link KramdownHtml}). Typography that kramdown adds (curly
 * quotes, dashes) is left as written: phrases and on-screen labels are matched against the written words.
 */
final class PlainText {

    private static final java.util.regex.Pattern INLINE_TAG = java.util.regex.Pattern.compile(
            "(?i)</?(a|abbr|b|bdi|bdo|cite|code|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|u|var)\\b");
    private static final java.util.regex.Pattern MARKDOWN_INSIDE = java.util.regex.Pattern.compile(
            "(?i)^\\s*<[a-z][\\w-]*[^>]*\\bmarkdown\\s*=\\s*[\"']?(span|1|block)");

    private final StringBuilder text = new StringBuilder();
    private final KramdownHtml html = new KramdownHtml();

    private PlainText() {
    }

    static String of(Node node) {
        PlainText visitor = new PlainText();
        visitor.visit(node);
        return normalise(visitor.text);
    }

    /** The plain text of an image's alt, which {@link #of} leaves out. */
    static String altOf(Node image) {
        PlainText visitor = new PlainText();
        visitor.visitChildren(image);
        return normalise(visitor.text);
    }

    private static String normalise(CharSequence text) {
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private void visit(Node node) {
        if (node instanceof Text || node instanceof HtmlEntity) {
            text.append(Escaping.unescapeString(node.getChars().toString()));
        } else if (node instanceof Code code) {
            text.append(code.getText());
        } else if (node instanceof AutoLink link) {
            text.append(link.getText());
        } else if (node instanceof MailLink link) {
            text.append(link.getText());
        } else if (node instanceof LinkRef ref && !ref.isDefined()) {
            // "[text]" that no reference defines is no link: kramdown shows the brackets.
            text.append('[');
            visitChildren(node);
            text.append(']');
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            text.append(' ');
        } else if (node instanceof HtmlInline inline) {
            String tag = inline.getChars().toString();
            if (html.showsAsText(tag)) {
                text.append(tag);
            } else if (tag.matches("(?i)</?br\\s*/?>")) {
                // A tag shows no words, but a <br> separates the words around it.
                text.append(' ');
            }
        } else if (node instanceof HtmlBlock block) {
            text.append(htmlText(block.getChars().toString()));
        } else if (node instanceof TableSeparator) {
            // The |---| row shows nothing.
        } else if (node instanceof TableCell) {
            visitChildren(node);
            text.append(' ');
        } else if (node instanceof com.vladsch.flexmark.ast.Link link) {
            visitChildren(node);
            // flexmark drops a space at the end of a link's words; the reader still sees it.
            int close = link.getTextClosingMarker().getStartOffset();
            if (close > 0 && Character.isWhitespace(link.getChars().getBaseSequence().charAt(close - 1))) {
                text.append(' ');
            }
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
            text.append(((com.vladsch.flexmark.util.ast.ContentNode) node).getContentChars());
        } else if (!(node instanceof Image)) {
            // An image shows a picture, not words; its alt text is read with altOf.
            visitChildren(node);
        }
        // Two blocks read as two sentences, not one run-together word.
        if (node instanceof Block && node.getNext() != null) {
            text.append(' ');
        }
    }

    /**
     * The words of a block of HTML: the tags kramdown parses show nothing (a block tag separates words), the
     * ones it shows as text stay; inside {@code markdown="span"} or {@code markdown="1"} the rest is Markdown.
     */
    private String htmlText(String html) {
        StringBuilder words = new StringBuilder();
        int last = 0;
        for (KramdownHtml.Tag tag : this.html.tags(html)) {
            words.append(html, last, tag.start());
            if (tag.shownAsText()) {
                words.append(tag.written());
            } else if (!INLINE_TAG.matcher(tag.written()).lookingAt()) {
                words.append(' ');
            }
            last = tag.start() + tag.written().length();
        }
        words.append(html.substring(last));
        if (MARKDOWN_INSIDE.matcher(html).find()) {
            return PlainText.of(GuideReader.parseMarkdown(words.toString().strip()));
        }
        return Escaping.unescapeString(words.toString());
    }

    private void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            visit(child);
        }
    }
}
