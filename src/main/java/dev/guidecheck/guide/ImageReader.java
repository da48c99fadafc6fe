package dev.guidecheck.guide;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;

/** The images under a node, in order, each with the line it was written on. */
final class ImageReader extends AbstractVisitor {

    private final RenderedMarkdown markdown;
    private final List<ImageRef> images = new ArrayList<>();

    private ImageReader(RenderedMarkdown markdown) {
        this.markdown = markdown;
    }

    static List<ImageRef> read(Node node, RenderedMarkdown markdown) {
        ImageReader reader = new ImageReader(markdown);
        node.accept(reader);
        return List.copyOf(reader.images);
    }

    @Override
    public void visit(Image image) {
        images.add(new ImageRef(PlainText.altOf(image), image.getDestination(), markdown.origin(image)));
        visitChildren(image);
    }
}
