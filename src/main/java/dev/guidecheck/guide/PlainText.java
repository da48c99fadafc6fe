package dev.guidecheck.guide;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
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

    private void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            visit(child);
        }
    }
}
