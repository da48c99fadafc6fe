package dev.guidecheck.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a guide page from a Jekyll docs tree the way the site renders it (front matter, strict Liquid with
 * includes, GitHub-flavoured Markdown) into a {@link GuidePage} whose every part names its source line.
 */
public final class GuideReader {

    /** Thread-safe and costly to build, so shared by every reader. */
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final Path docsRoot;
    private final LiquidRenderer liquid;

    public GuideReader(Path docsRoot) {
        this.docsRoot = docsRoot.toAbsolutePath().normalize();
        this.liquid = new LiquidRenderer(this.docsRoot);
    }

    /** The page at a path relative to the docs root, e.g. "docs/elements/infusionsoft-crm/setup.md". */
    public GuidePage read(String pagePath) {
        Path file = docsRoot.resolve(pagePath).normalize();
        if (!file.startsWith(docsRoot) || !Files.isRegularFile(file)) {
            throw GuideException.inFile(pagePath, "no such page in docs root " + docsRoot);
        }
        String path = docsRoot.relativize(file).toString().replace('\\', '/');
        FrontMatter frontMatter = FrontMatter.read(path, readText(file));
        OriginMarkers.Stripped rendered = liquid.render(path, frontMatter);
        RenderedMarkdown markdown = RenderedMarkdown.of(rendered.text(), rendered.lines());
        Node document = parseMarkdown(markdown.text());
        return new GuidePage(path, frontMatter.values(), title(frontMatter.values()), GuidePage.urlOf(path),
                markdown.text(), HeadingReader.read(document, markdown), SectionReader.read(document, markdown, path),
                CredentialTableReader.read(document, markdown), ImageReader.read(document, markdown),
                markdown.lineMap());
    }

    /**
     * Parses a page's rendered Markdown as the reader does (GFM tables, source spans on blocks and inlines),
     * so a later stage that looks at nodes the model leaves out sees the same tree, with line numbers that
     * {@link GuidePage#lineMap()} traces back to the source.
     */
    public static Node parseMarkdown(String renderedMarkdown) {
        return MARKDOWN.parse(renderedMarkdown);
    }

    private static String title(Map<String, Object> frontMatter) {
        Object title = frontMatter.get("title");
        return title == null ? null : String.valueOf(title);
    }

    /** A source file's text with Windows line ends made plain, so line numbers match what editors show. */
    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
