package dev.guidecheck.guide;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;

/** The images under a node, in order, each with the line it was written on and the page that shows it. */
final class ImageReader {

    private ImageReader() {
    }

    static List<ImageRef> read(Node node, RenderedMarkdown markdown, String page) {
        List<ImageRef> images = new ArrayList<>();
        if (node instanceof Image image) {
            images.add(imageRef(image, markdown, page));
        }
        for (Node inside : node.getDescendants()) {
            if (inside instanceof Image image) {
                images.add(imageRef(image, markdown, page));
            }
        }
        return List.copyOf(images);
    }

    private static ImageRef imageRef(Image image, RenderedMarkdown markdown, String page) {
        return new ImageRef(PlainText.altOf(image), image.getUrl().unescape(), markdown.origin(image), page);
    }
}
