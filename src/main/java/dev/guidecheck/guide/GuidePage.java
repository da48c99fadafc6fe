package dev.guidecheck.guide;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One guide page as the site renders it: its front matter, its rendered Markdown, and the model a replay
 * works from (sections, procedures, steps, credential table, screenshots), each part naming its source line.
 *
 * @param path             the page file relative to the docs root, e.g. "docs/elements/infusionsoft-crm/setup.md"
 * @param url              where the site publishes it, relative to the site root ("....html")
 * @param renderedMarkdown the body after Liquid, before Markdown
 * @param headings         every heading of the page, of any level, in order
 * @param images           every image of the page, in order
 * @param lineMap          where each line of {@code renderedMarkdown} was written
 * @param renderNotes      what rendered without error but not as written (undefined variables, plugin tags)
 */
public record GuidePage(String path, Map<String, Object> frontMatter, String title, String url,
                        String renderedMarkdown, List<Heading> headings, List<Section> sections,
                        CredentialTable credentials, List<ImageRef> images, LineMap lineMap,
                        List<RenderNote> renderNotes) {

    public GuidePage {
        renderNotes = List.copyOf(renderNotes);
        // Front matter may hold null values ("key:" alone), which Map.copyOf refuses.
        frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
        images = List.copyOf(images);
    }

    /** The site URL of a page file: the path with ".md" replaced by ".html". */
    public static String urlOf(String pagePath) {
        return pagePath.endsWith(".md") ? pagePath.substring(0, pagePath.length() - 3) + ".html" : pagePath;
    }

    /** All procedures of the page, in the order they are written. */
    public List<Procedure> procedures() {
        return sections.stream().flatMap(section -> section.procedures().stream()).toList();
    }

    /** The procedure whose intro reads as given ("To find your Encrypted Key"). */
    public Procedure procedure(String title) {
        return procedures().stream().filter(procedure -> procedure.title().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(path + " has no procedure \"" + title + "\"; it has "
                        + procedures().stream().map(Procedure::title).toList()));
    }
}
