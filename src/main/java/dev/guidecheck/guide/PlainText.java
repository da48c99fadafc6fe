package dev.guidecheck.guide;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The words a reader sees in a piece of Markdown: text and code, one space for each break, no images. */
final class PlainText extends AbstractVisitor {

    private final StringBuilder text = new StringBuilder();

    private PlainText() {
    }

    static String of(Node node) {
        PlainText visitor = new PlainText();
        node.accept(visitor);
        return visitor.text.toString().replaceAll("\\s+", " ").strip();
    }

    /** The plain text of an image's alt, which {@link #of} leaves out. */
    static String altOf(Image image) {
        PlainText visitor = new PlainText();
        visitor.visitChildren(image);
        return visitor.text.toString().replaceAll("\\s+", " ").strip();
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(HtmlInline node) {
        // A tag shows no words, but a <br> separates the words around it.
        if (node.getLiteral().matches("(?i)</?br\\s*/?>")) {
            text.append(' ');
        }
    }

    @Override
    public void visit(Image node) {
        // An image shows a picture, not words; its alt text is read with altOf.
    }

    @Override
    protected void visitChildren(Node parent) {
        super.visitChildren(parent);
        // Two blocks read as two sentences, not one run-together word.
        if (parent instanceof Block && parent.getNext() != null) {
            text.append(' ');
        }
    }
}
