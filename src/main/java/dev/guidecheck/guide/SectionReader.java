package dev.guidecheck.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The "##" sections of a page and the procedures under each (see {@link Procedure}): every ordered list that
 * is not inside another list, introduced or not. Procedures above the first "##" go to a leading section
 * named after the page's first heading.
 */
final class SectionReader {

    private final RenderedMarkdown markdown;
    private final String page;
    private final HeadingIds ids = new HeadingIds();
    private final List<Section> sections = new ArrayList<>();
    private String title;
    private String id;
    private SourceRef source;
    private List<Procedure> procedures = new ArrayList<>();
    private final Set<String> titlesInSection = new HashSet<>();
    private String firstHeading;

    private SectionReader(RenderedMarkdown markdown, String page) {
        this.markdown = markdown;
        this.page = page;
    }

    static List<Section> read(Node document, RenderedMarkdown markdown, String page) {
        SectionReader reader = new SectionReader(markdown, page);
        reader.visitChildren(document);
        reader.closeSection();
        return List.copyOf(reader.sections);
    }

    private void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                heading(heading);
            } else if (child instanceof OrderedList list) {
                // A list inside a list is sub-steps of a step, not a procedure of its own: not descended into.
                procedures.add(procedure(list));
            } else if (!(child instanceof ListItem) && !(child instanceof com.vladsch.flexmark.ast.ListBlock)) {
                visitChildren(child);
            }
        }
    }

    private void heading(Heading heading) {
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
    }

    private void closeSection() {
        if (title != null) {
            sections.add(new Section(title, id, source, procedures));
        }
        title = null;
        procedures = new ArrayList<>();
        titlesInSection.clear();
    }

    private Procedure procedure(OrderedList list) {
        Node previous = list.getPrevious();
        String intro = previous instanceof Paragraph ? PlainText.of(previous) : "";
        boolean introduced = intro.endsWith(":");
        if (title == null) {
            // Steps above the first "##" still belong somewhere a report can name.
            title = firstHeading != null ? firstHeading : page;
            id = ids.idOf(title);
            source = markdown.origin(introduced ? previous : list);
        }
        List<Step> steps = new ArrayList<>();
        int position = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof OrderedListItem listItem) {
                position++;
                steps.add(step(listItem, position));
            }
        }
        if (introduced) {
            String procedureTitle = intro.substring(0, intro.length() - 1).strip();
            titlesInSection.add(procedureTitle);
            return new Procedure(procedureTitle, markdown.origin(previous), page, title, steps,
                    markdown.slice(previous, list));
        }
        // No "To ...:" sentence: readers still see numbered steps, so the list is the section's procedure.
        String procedureTitle = title;
        for (int n = 2; !titlesInSection.add(procedureTitle); n++) {
            procedureTitle = title + " (" + n + ")";
        }
        return new Procedure(procedureTitle, markdown.origin(list), page, title, steps, markdown.slice(list, list));
    }

    private Step step(OrderedListItem item, int position) {
        String marker = item.getOpeningMarker().toString().replaceAll("\\D", "");
        int written = marker.isEmpty() ? position : Integer.parseInt(marker.length() > 9 ? marker.substring(0, 9) : marker);
        return new Step(written, position, PlainText.of(item), bold(item), links(item),
                ImageReader.read(item, markdown, page), markdown.origin(item), page);
    }

    /** The bold labels under a node, in order. */
    private static List<String> bold(Node node) {
        List<String> bold = new ArrayList<>();
        for (Node inside : node.getDescendants()) {
            if (inside instanceof StrongEmphasis strong) {
                bold.add(PlainText.of(strong));
            }
        }
        return bold;
    }

    /** The inline links under a node, in order. */
    private static List<Link> links(Node node) {
        List<Link> links = new ArrayList<>();
        for (Node inside : node.getDescendants()) {
            if (inside instanceof com.vladsch.flexmark.ast.Link link) {
                links.add(new Link(PlainText.of(link), link.getUrl().unescape()));
            } else if (inside instanceof AutoLink link) {
                links.add(new Link(link.getText().toString(), link.getUrl().unescape()));
            }
        }
        return links;
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
