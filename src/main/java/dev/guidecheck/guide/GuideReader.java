package dev.guidecheck.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Reads a guide page from a Jekyll docs tree the way the site renders it (front matter, Liquid with includes
 * and {@code site}, Markdown as kramdown reads it) into a {@link GuidePage} whose every part names its
 * source line.
 */
public final class GuideReader {

    /**
     * flexmark in its kramdown profile: lists as kramdown reads them (numbers as written do not matter,
     * items indented one to three spaces and bullets indented inside a numbered list stay in it), GFM
     * tables. Immutable, so shared by every reader and thread.
     */
    private static final Parser MARKDOWN = Parser.builder(new MutableDataSet()
                    .setFrom(ParserEmulationProfile.KRAMDOWN)
                    // kramdown's GFM parser lets any list start end a paragraph ("To set up:" then "1. ...").
                    .set(Parser.LISTS_BULLET_ITEM_INTERRUPTS_PARAGRAPH, true)
                    .set(Parser.LISTS_ORDERED_ITEM_INTERRUPTS_PARAGRAPH, true)
                    .set(Parser.LISTS_ORDERED_NON_ONE_ITEM_INTERRUPTS_PARAGRAPH, true)
                    .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                    .toImmutable())
            .build();

    private final Path docsRoot;
    private volatile LiquidRenderer liquid;

    public GuideReader(Path docsRoot) {
        this.docsRoot = docsRoot.toAbsolutePath().normalize();
    }

    /**
     * The page at a path relative to the docs root, e.g. "docs/elements/infusionsoft-crm/setup.md".
     *
     * @throws PageInputException when the path names no page to read (missing, outside the docs root, a
     *                            directory, binary, empty)
     * @throws GuideException     when the page does not render (front matter, Liquid, includes, site data)
     */
    public GuidePage read(String pagePath) {
        Path file = pageFile(pagePath);
        String path = docsRoot.relativize(file).toString().replace('\\', '/');
        FrontMatter frontMatter = FrontMatter.read(path, pageText(path, file));
        refuseEmpty(path, frontMatter);
        LiquidRenderer.Rendered rendered = liquid().render(path, frontMatter);
        OriginMarkers.Stripped separated = HtmlBlockEnds.separate(rendered.markdown());
        RenderedMarkdown markdown = RenderedMarkdown.of(separated.text(), separated.lines());
        Document document = parseMarkdown(markdown.text());
        return new GuidePage(path, frontMatter.values(), title(frontMatter.values()), GuidePage.urlOf(path),
                markdown.text(), HeadingReader.read(document, markdown), SectionReader.read(document, markdown, path),
                CredentialTableReader.read(document, markdown), ImageReader.read(document, markdown, path),
                markdown.lineMap(), rendered.notes());
    }

    /**
     * Whether a path the user gave names a page to read, without rendering it: what a run checks before it
     * starts, so that such input is one line and nothing written.
     *
     * @throws PageInputException when it does not (missing, outside the docs root, a directory, binary, empty)
     */
    public void checkInput(String pagePath) {
        Path file = pageFile(pagePath);
        String path = docsRoot.relativize(file).toString().replace('\\', '/');
        String text = pageText(path, file);
        FrontMatter frontMatter;
        try {
            frontMatter = FrontMatter.read(path, text);
        } catch (PageInputException e) {
            throw e;
        } catch (GuideException e) {
            return; // malformed front matter: the page is there, and its render finding says where
        }
        refuseEmpty(path, frontMatter);
    }

    private static void refuseEmpty(String path, FrontMatter frontMatter) {
        if (frontMatter.body().isBlank()) {
            throw PageInputException.of(path, frontMatter.values().isEmpty() ? "is empty"
                    : "has front matter but nothing after it to render");
        }
    }

    /** The file of a page path, refused when it is not a file under the docs root. */
    private Path pageFile(String pagePath) {
        Path file = docsRoot.resolve(pagePath).normalize();
        if (!file.startsWith(docsRoot)) {
            throw PageInputException.of(pagePath, "is outside the docs root " + docsRoot);
        }
        if (Files.isDirectory(file)) {
            throw PageInputException.of(pagePath, "is a directory, not a page, in docs root " + docsRoot);
        }
        if (!Files.isRegularFile(file)) {
            throw PageInputException.of(pagePath, "no such page in docs root " + docsRoot);
        }
        return file;
    }

    /** The site's configuration is read on the first page, so that an error in it is that page's finding. */
    private LiquidRenderer liquid() {
        LiquidRenderer made = liquid;
        if (made == null) {
            synchronized (this) {
                made = liquid;
                if (made == null) {
                    made = new LiquidRenderer(docsRoot, SiteConfig.read(docsRoot));
                    liquid = made;
                }
            }
        }
        return made;
    }

    /**
     * Parses a page's rendered Markdown as the reader does (kramdown's rules, GFM tables), so a later stage
     * that looks at nodes the model leaves out sees the same tree, with 0-based line numbers
     * ({@code getStartLineNumber()}) that {@link GuidePage#lineMap()} traces back to the source.
     */
    public static Document parseMarkdown(String renderedMarkdown) {
        return MARKDOWN.parse(renderedMarkdown);
    }

    private static String title(Map<String, Object> frontMatter) {
        Object title = frontMatter.get("title");
        return title == null ? null : String.valueOf(title);
    }

    /** A page's text, refusing what is not a text page: NUL bytes, or bytes that are not UTF-8. */
    private static String pageText(String path, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw PageInputException.of(path, "cannot be read: " + e.getMessage());
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw PageInputException.of(path, "is binary (it holds NUL bytes), not a Markdown page");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            throw PageInputException.of(path, "is not UTF-8 text, as Jekyll reads pages");
        }
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
