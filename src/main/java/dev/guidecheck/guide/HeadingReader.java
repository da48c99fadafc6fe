package dev.guidecheck.guide;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;

/**
 * Every heading of a page with its anchor. Sections only keep "##" headings, but kramdown numbers repeated
 * ids over all levels and a link may point at any of them, so anchors are counted here over every heading.
 */
final class HeadingReader extends AbstractVisitor {

    private final RenderedMarkdown markdown;
    private final SectionReader.HeadingIds ids = new SectionReader.HeadingIds();
    private final List<Heading> headings = new ArrayList<>();

    private HeadingReader(RenderedMarkdown markdown) {
        this.markdown = markdown;
    }

    static List<Heading> read(Node document, RenderedMarkdown markdown) {
        HeadingReader reader = new HeadingReader(markdown);
        document.accept(reader);
        return List.copyOf(reader.headings);
    }

    @Override
    public void visit(org.commonmark.node.Heading heading) {
        String text = PlainText.of(heading);
        headings.add(new Heading(heading.getLevel(), text, ids.next(text), markdown.origin(heading)));
        visitChildren(heading);
    }
}
