package dev.guidecheck.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/**
 * The "##" sections of a page and the procedures under each: a paragraph ending in a colon that is
 * followed directly by an ordered list. Procedures above the first "##" go to a leading section named
 * after the page's first heading.
 */
final class SectionReader extends AbstractVisitor {

    private static final Pattern WRITTEN_NUMBER = Pattern.compile("^(\\d+)[.)]");

    private final RenderedMarkdown markdown;
    private final String page;
    private final HeadingIds ids = new HeadingIds();
    private final List<Section> sections = new ArrayList<>();
    private String title;
    private String id;
    private SourceRef source;
    private List<Procedure> procedures = new ArrayList<>();
    private String firstHeading;

    private SectionReader(RenderedMarkdown markdown, String page) {
        this.markdown = markdown;
        this.page = page;
    }

    static List<Section> read(Node document, RenderedMarkdown markdown, String page) {
        SectionReader reader = new SectionReader(markdown, page);
        document.accept(reader);
        reader.closeSection();
        return List.copyOf(reader.sections);
    }

    @Override
    public void visit(Heading heading) {
        String text = PlainText.of(heading);
        String headingId = ids.next(text);
        if (firstHeading == null) {
            firstHeading = text;
        }
        if (heading.getLevel() == 2) {
            closeSection();
            title = text;
            id = headingId;
            source = markdown.origin(heading);
        }
        visitChildren(heading);
    }

    @Override
    public void visit(Paragraph paragraph) {
        String intro = PlainText.of(paragraph);
        if (intro.endsWith(":") && paragraph.getNext() instanceof OrderedList list) {
            if (title == null) {
                // Steps above the first "##" still belong somewhere a report can name.
                title = firstHeading != null ? firstHeading : page;
                id = ids.idOf(title);
                source = markdown.origin(paragraph);
            }
            procedures.add(procedure(paragraph, intro, list));
        }
        visitChildren(paragraph);
    }

    private void closeSection() {
        if (title != null) {
            sections.add(new Section(title, id, source, procedures));
        }
        title = null;
        procedures = new ArrayList<>();
    }

    private Procedure procedure(Paragraph intro, String introText, OrderedList list) {
        List<Step> steps = new ArrayList<>();
        int position = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            position++;
            steps.add(step((ListItem) item, position));
        }
        String procedureTitle = introText.substring(0, introText.length() - 1).strip();
        return new Procedure(procedureTitle, markdown.origin(intro), page, title, steps, markdown.slice(intro, list));
    }

    private Step step(ListItem item, int position) {
        Matcher written = WRITTEN_NUMBER.matcher(markdown.lineFrom(item));
        // The parser only takes an item as ordered when its line starts with the number, so this always matches.
        if (!written.find()) {
            throw new IllegalStateException("no list number at " + markdown.origin(item) + ": " + markdown.lineFrom(item));
        }
        return new Step(Integer.parseInt(written.group(1)), position, PlainText.of(item), BoldReader.read(item),
                LinkReader.read(item), ImageReader.read(item, markdown), markdown.origin(item), page);
    }

    /** The bold labels under a node, in order. */
    private static final class BoldReader extends AbstractVisitor {
        private final List<String> bold = new ArrayList<>();

        static List<String> read(Node node) {
            BoldReader reader = new BoldReader();
            node.accept(reader);
            return reader.bold;
        }

        @Override
        public void visit(StrongEmphasis strong) {
            bold.add(PlainText.of(strong));
            visitChildren(strong);
        }
    }

    /** The inline links under a node, in order. */
    private static final class LinkReader extends AbstractVisitor {
        private final List<Link> links = new ArrayList<>();

        static List<Link> read(Node node) {
            LinkReader reader = new LinkReader();
            node.accept(reader);
            return reader.links;
        }

        @Override
        public void visit(org.commonmark.node.Link link) {
            links.add(new Link(PlainText.of(link), link.getDestination()));
            visitChildren(link);
        }
    }

    /**
     * Heading ids as kramdown's auto_ids makes them: drop leading non-letters, keep letters, digits,
     * spaces and dashes, spaces become dashes, lower case; a repeated id gets "-1", "-2", ...
     */
    static final class HeadingIds {
        private final Map<String, Integer> used = new HashMap<>();

        static String basic(String text) {
            String id = text.replaceFirst("^[^a-zA-Z]+", "")
                    .replaceAll("[^a-zA-Z0-9 -]", "")
                    .replace(' ', '-')
                    .toLowerCase(Locale.ROOT);
            return id.isEmpty() ? "section" : id;
        }

        String next(String text) {
            String id = basic(text);
            Integer count = used.get(id);
            if (count == null) {
                used.put(id, 0);
                return id;
            }
            used.put(id, count + 1);
            return id + "-" + (count + 1);
        }

        /** The id a heading with this text would get first, without taking it. */
        String idOf(String text) {
            return basic(text);
        }
    }
}
