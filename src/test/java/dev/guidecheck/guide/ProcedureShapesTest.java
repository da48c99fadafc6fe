package dev.guidecheck.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.testng.annotations.Test;

/** Lists as kramdown reads them, from the corpus pages where CommonMark read them differently. */
public class ProcedureShapesTest {

    private final GuideReader reader = new GuideReader(Corpus.root());

    @Test
    public void listWithoutAnIntroIsAProcedureTitledAfterItsSectionAndIndentedItemsAreSteps() {
        String page = "docs/elements/sagecrm/setup.md";
        GuidePage guide = reader.read(page);

        assertThat(guide.procedures()).extracting(Procedure::title, Procedure::section, Procedure::source)
                .containsExactly(tuple("API Provider Setup", "API Provider Setup", new SourceRef(page, 19)));
        assertThat(guide.procedures().get(0).steps()).extracting(Step::number, Step::position, step -> step.source().line())
                .containsExactly(tuple(1, 1, 19), tuple(2, 2, 20), tuple(3, 3, 21), tuple(4, 4, 22), tuple(5, 5, 24),
                        tuple(6, 6, 25), tuple(3, 7, 26), tuple(4, 8, 27), tuple(5, 9, 28));
        assertThat(guide.procedures().get(0).steps().get(3).images()).extracting(ImageRef::path).containsExactly("img/system.png");
    }

    @Test
    public void bulletsIndentedInsideANumberedListDoNotEndIt() {
        assertThat(reader.read("docs/elements/dynamicscrm/setup.md").procedures().get(0).steps())
                .extracting(Step::number, Step::position)
                .containsExactly(tuple(1, 1), tuple(1, 2), tuple(1, 3), tuple(2, 4), tuple(3, 5), tuple(4, 6), tuple(1, 7));
        assertThat(reader.read("docs/elements/netsuite-2016-crm/setup.md").procedures().get(0).steps()).hasSize(3);
    }

    @Test
    public void aListRightUnderItsIntroWithoutABlankLineIsStillTheProcedure() {
        // kramdown's GFM parser lets a list start end a paragraph, whatever number it starts with.
        try (DocsTree tree = DocsTree.copy().write("docs/tight.md", "## Set up\n\nTo set up:\n3. Open.\n4. Save.\n")) {
            assertThat(tree.reader().read("docs/tight.md").procedures())
                    .extracting(Procedure::title, procedure -> procedure.steps().size())
                    .containsExactly(tuple("To set up", 2));
        }
    }
}
