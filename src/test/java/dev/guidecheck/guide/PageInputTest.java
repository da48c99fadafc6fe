package dev.guidecheck.guide;

import static dev.guidecheck.guide.DocsTree.CRM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;

import org.testng.annotations.Test;

/** Paths that name no page are the user's input, not the guide's: PageInputException, with the path. */
public class PageInputTest {

    private static PageInputException refused(DocsTree tree, String path) {
        PageInputException failure = catchThrowableOfType(PageInputException.class, () -> tree.reader().read(path));
        assertThat(failure).as("%s is refused", path).isNotNull();
        assertThat(failure.where()).isNull();
        assertThat(failure.getMessage()).startsWith(path + ": ").doesNotContain("\n");
        return failure;
    }

    @Test
    public void missingOutsideAndDirectoryPathsAreRefused() {
        try (DocsTree tree = DocsTree.copy()) {
            assertThat(refused(tree, "docs/elements/nope/setup.md").reason()).startsWith("no such page in docs root");
            assertThat(refused(tree, "../outside.md").reason()).startsWith("is outside the docs root");
            assertThat(refused(tree, "docs/elements").reason()).startsWith("is a directory");
        }
    }

    @Test
    public void binaryAndNonUtf8PagesAreRefused() throws IOException {
        try (DocsTree tree = DocsTree.copy()) {
            Files.write(tree.root().resolve("docs/image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
            Files.write(tree.root().resolve("docs/latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});

            assertThat(refused(tree, "docs/image.md").reason()).contains("binary");
            assertThat(refused(tree, "docs/latin1.md").reason()).contains("not UTF-8");
        }
    }

    @Test
    public void emptyPagesAreRefused() {
        try (DocsTree tree = DocsTree.copy().write("docs/empty.md", "").write("docs/only-front-matter.md", "---\ntitle: x\n---\n\n")) {
            assertThat(refused(tree, "docs/empty.md").reason()).isEqualTo("is empty");
            assertThat(refused(tree, "docs/only-front-matter.md").reason()).isEqualTo("has front matter but nothing after it to render");
        }
    }

    @Test
    public void aPageThatDoesNotRenderIsAGuideExceptionNotBadInput() {
        try (DocsTree tree = DocsTree.copy().edit(CRM, 18, "Elements/infusionsoft/setup.md", "Elements/gone.md")) {
            GuideException failure = catchThrowableOfType(GuideException.class, () -> tree.reader().read(CRM));

            assertThat(failure).isNotInstanceOf(PageInputException.class);
            assertThat(failure.where()).isEqualTo(new SourceRef(CRM, 18));
        }
    }

    @Test
    public void unclosedFlowInTheFrontMatterIsNamedAtTheLineThatOpensIt() {
        try (DocsTree tree = DocsTree.copy().write("docs/yaml.md", "---\ntitle: [Setup\nlayout: x\n---\n# Setup\n")) {
            GuideException failure = catchThrowableOfType(GuideException.class, () -> tree.reader().read("docs/yaml.md"));

            assertThat(failure.where()).isEqualTo(new SourceRef("docs/yaml.md", 2));
        }
    }
}
