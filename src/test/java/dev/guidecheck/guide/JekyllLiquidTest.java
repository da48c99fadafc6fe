package dev.guidecheck.guide;

import static dev.guidecheck.guide.DocsTree.CRM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.testng.annotations.Test;

/** Liquid as Jekyll runs it on the real site: site and its data, hyphenated names, relative includes, plugins. */
public class JekyllLiquidTest {

    private static final String PAGE = "docs/liquid.md";

    private static DocsTree treeWith(String body) {
        return DocsTree.copy()
                .write("_config.yml", "url: https://developers.example.com\nconsole: 'Cloud Elements'\nliquid:\n  error_mode: strict\n")
                .write("_data/glossary.yml", "element-auth-api-key: the API key\nplain: word\n")
                .write("_data/products.json", "{\"names\": [\"CRM\", \"ERP\"]}")
                .write("_data/people.csv", "name,role\nAda,author\n")
                .write("_plugins/fa.rb", "Liquid::Template.register_tag('icon', Jekyll::FontAwesomeTag)\n")
                .write(PAGE, "---\ntitle: Liquid\n---\n" + body);
    }

    private static String rendered(DocsTree tree) {
        return tree.reader().read(PAGE).renderedMarkdown();
    }

    @Test
    public void siteHasTheConfigAndTheDataFiles() {
        try (DocsTree tree = treeWith("""
                {{ site.url }} for {{ site.console }}
                {{ site.data.glossary.plain }}, {{ site.data.products.names | join: "/" }}, {{ site.data.people[0].name }}
                """)) {
            assertThat(rendered(tree)).contains("https://developers.example.com for Cloud Elements", "word, CRM/ERP, Ada");
        }
    }

    @Test
    public void variableNamesMayHaveHyphens() {
        try (DocsTree tree = treeWith("Use {{site.data.glossary.element-auth-api-key}} here.\n")) {
            assertThat(rendered(tree)).contains("Use the API key here.");
        }
    }

    @Test
    public void includeRelativeIsReadFromTheIncludingFilesFolderAndTraced() {
        try (DocsTree tree = treeWith("Intro.\n\n{% include_relative parts/steps.md %}\n")
                .write("docs/parts/steps.md", "1. Open {{ page.title }}.\n")) {
            GuidePage guide = tree.reader().read(PAGE);

            assertThat(guide.procedures()).flatExtracting(Procedure::steps).extracting(Step::text, Step::source)
                    .containsExactly(tuple("Open Liquid.", new SourceRef("docs/parts/steps.md", 1)));
        }
    }

    @Test
    public void missingRelativeIncludeFailsAtTheTagsLine() {
        try (DocsTree tree = treeWith("Intro.\n\n{% include_relative parts/gone.md %}\n")) {
            GuideException failure = catchThrowableOfType(GuideException.class, () -> tree.reader().read(PAGE));

            assertThat(failure.where()).isEqualTo(new SourceRef(PAGE, 6));
            assertThat(failure.reason()).startsWith("include_relative parts/gone.md not found in ");
        }
    }

    @Test
    public void includeParameterMayHoldEscapedQuotes() {
        try (DocsTree tree = treeWith("{% include note.md text=\"say \\\"hi\\\" twice\" %}\n")
                .write("_includes/note.md", "Note: {{ include.text }}")) {
            assertThat(rendered(tree)).contains("Note: say \"hi\" twice");
        }
    }

    @Test
    public void pluginTagRendersEmptyAndIsNotedAtItsLine() {
        try (DocsTree tree = treeWith("Intro.\n\nClick {% icon fa-cog %} Settings.\n")) {
            GuidePage guide = tree.reader().read(PAGE);

            assertThat(guide.renderedMarkdown()).contains("Click  Settings.");
            assertThat(guide.renderNotes()).extracting(RenderNote::where).containsExactly(new SourceRef(PAGE, 6));
            assertThat(guide.renderNotes().get(0).message()).startsWith("tag icon is defined by a plugin in _plugins");
        }
    }

    @Test
    public void undefinedVariableRendersEmptyAndIsNotedAtItsLine() {
        try (DocsTree tree = treeWith("Intro.\n\nSee {{ site.data.glossary.missing-key }} here.\n")) {
            GuidePage guide = tree.reader().read(PAGE);

            assertThat(guide.renderedMarkdown()).contains("See  here.");
            assertThat(guide.renderNotes()).extracting(RenderNote::where, RenderNote::message)
                    .containsExactly(tuple(new SourceRef(PAGE, 6), "undefined variable site.data.glossary.missing-key renders as nothing"));
        }
    }

    @Test
    public void unknownTagFailsAtItsOwnLine() {
        try (DocsTree tree = treeWith("Intro.\n\nClick {% iconn fa-cog %} Settings.\n")) {
            assertThat(catchThrowableOfType(GuideException.class, () -> tree.reader().read(PAGE)).where())
                    .isEqualTo(new SourceRef(PAGE, 6));
        }
    }

    @Test
    public void malformedDataFileFailsThePageAtTheDataFilesLine() {
        try (DocsTree tree = treeWith("Intro.\n").write("_data/broken.yml", "a: 1\nb: [2\n")) {
            GuideException failure = catchThrowableOfType(GuideException.class, () -> tree.reader().read(PAGE));

            assertThat(failure.file()).isEqualTo("_data/broken.yml");
        }
    }

    @Test
    public void referencePagesNeedNoConfig() {
        assertThat(new GuideReader(DocsTree.reference()).read(CRM).renderNotes()).isEmpty();
    }
}
