package dev.guidecheck.guide;

import static dev.guidecheck.guide.DocsTree.CRM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.testng.annotations.Test;

public class FrontMatterTest {

    @Test
    public void yamlCommentsAreNotPartOfValues() {
        FrontMatter page = FrontMatter.read("p.md", """
                ---
                apiProvider: Infusionsoft # For cases where the API Provider differs
                callbackURL: Callback URL  #In OAuth2 this is what the provider calls it
                ---
                Body
                """);

        assertThat(page.values()).containsEntry("apiProvider", "Infusionsoft").containsEntry("callbackURL", "Callback URL");
        assertThat(page.body()).isEqualTo("Body\n");
        assertThat(page.bodyFirstLine()).isEqualTo(5);
    }

    @Test
    public void pageWithoutFrontMatterIsAllBody() {
        FrontMatter page = FrontMatter.read("p.md", "# Title\n");

        assertThat(page.values()).isEmpty();
        assertThat(page.bodyFirstLine()).isEqualTo(1);
    }

    @Test
    public void malformedYamlNamesThePageLine() {
        try (DocsTree docs = DocsTree.copy().edit(CRM, 5, "title: API Provider Setup", "title: API: Provider Setup")) {
            GuideException failure = catchThrowableOfType(GuideException.class, () -> docs.reader().read(CRM));

            assertThat(failure.where()).isEqualTo(new SourceRef(CRM, 5));
            assertThat(failure.getMessage()).startsWith(CRM + ":5: malformed front matter: ").doesNotContain("\n");
        }
    }

    @Test
    public void frontMatterNeverClosedIsRefused() {
        GuideException failure = catchThrowableOfType(GuideException.class,
                () -> FrontMatter.read("p.md", "---\ntitle: x\n# Title\n"));

        assertThat(failure).hasMessage("p.md:1: front matter opened here is never closed with ---");
    }

    @Test
    public void frontMatterThatIsNotAMappingIsRefused() {
        GuideException failure = catchThrowableOfType(GuideException.class,
                () -> FrontMatter.read("p.md", "---\n- a\n- b\n---\n"));

        assertThat(failure.where()).isEqualTo(new SourceRef("p.md", 2));
    }
}
