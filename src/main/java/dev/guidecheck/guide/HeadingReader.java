package dev.guidecheck.guide;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.util.ast.Node;

/**
 * Every heading of a page with its anchor. Sections only keep "##" headings, but kramdown numbers repeated
 * ids over all levels and a link may point at any of them, so anchors are counted here over every heading.
 */
final class HeadingReader {

    private HeadingReader() {
    }

    static List<Heading> read(Node document, RenderedMarkdown markdown) {
        SectionReader.HeadingIds ids = new SectionReader.HeadingIds();
        List<Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                String text = PlainText.of(heading);
                headings.add(new Heading(heading.getLevel(), text, ids.next(text), markdown.origin(heading)));
            }
        }
        return List.copyOf(headings);
    }
}
