package dev.guidecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.testng.annotations.Test;

/** guidecheck.pages takes globs and paths, relative to the docs root, in a stable order. */
public class PagesGlobTest {

    private static Path corpus() {
        try {
            return Path.of(PagesGlobTest.class.getResource("/devportal-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void globsExpandInSortedOrder() {
        assertThat(Settings.pages(corpus(), "docs/elements/*/setup.md")).hasSize(72).isSorted()
                .startsWith("docs/elements/acuity/setup.md");
        assertThat(Settings.pages(corpus(), "docs/**/*.md")).hasSize(72);
    }

    @Test
    public void globsAndPathsMix() {
        assertThat(Settings.pages(corpus(), "docs/elements/zendesk/setup.md, docs/elements/box*/setup.md"))
                .containsExactly("docs/elements/zendesk/setup.md", "docs/elements/box/setup.md");
    }

    @Test
    public void aGlobThatMatchesNothingNamesTheSettingAndTheGlob() {
        assertThatThrownBy(() -> Settings.pages(corpus(), "docs/nowhere/*.md"))
                .isInstanceOf(Settings.SettingsException.class)
                .hasMessageStartingWith("guidecheck.pages: the glob docs/nowhere/*.md matches no file under ");
    }

    @Test
    public void pathsOutsideTheDocsRootAreRefused() {
        assertThatThrownBy(() -> Settings.pages(corpus(), "../*.md"))
                .isInstanceOf(Settings.SettingsException.class).hasMessageContaining("is outside the docs root");
        assertThatThrownBy(() -> Settings.pages(corpus(), "../../etc/passwd"))
                .isInstanceOf(Settings.SettingsException.class).hasMessageContaining("is outside the docs root");
    }
}
