package dev.guidecheck.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

/** One rule for where an image is: the way a browser resolves it against the page's published URL. */
public class ImageRefTest {

    private static final String PAGE = "docs/elements/x/setup.md";

    private static ImageRef image(String path) {
        return new ImageRef("alt", path, new SourceRef(PAGE, 1), PAGE);
    }

    @Test
    public void pageRelativePathsResolveAgainstThePagesUrl() {
        assertThat(image("foo.png").pathFromRoot()).hasValue("/docs/elements/x/foo.png");
        assertThat(image("./img/a.png").pathFromRoot()).hasValue("/docs/elements/x/img/a.png");
        assertThat(image("../img/c.png").pathFromRoot()).hasValue("/docs/elements/img/c.png");
        assertThat(image("img/a%20b.png?v=2#top").pathFromRoot()).hasValue("/docs/elements/x/img/a b.png");
    }

    @Test
    public void rootPathsAreThemselves() {
        assertThat(image("/assets/img/a.png").pathFromRoot()).hasValue("/assets/img/a.png");
    }

    @Test
    public void absoluteUrlsHaveNoPathInTheTree() {
        assertThat(image("https://cdn.example.com/a.png").pathFromRoot()).isEmpty();
        assertThat(image("//cdn.example.com/a.png").pathFromRoot()).isEmpty();
        assertThat(image("https://cdn.example.com/a.png").isAbsoluteUrl()).isTrue();
    }

    @Test
    public void pathsAboveTheRootKeepTheirClimb() {
        assertThat(image("../../../../a.png").pathFromRoot()).hasValue("/../a.png");
    }
}
