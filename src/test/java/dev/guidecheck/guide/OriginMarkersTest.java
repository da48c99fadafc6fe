package dev.guidecheck.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.testng.annotations.Test;

/** Origin markers ride through rendering invisibly and give every rendered line a file and line. */
public class OriginMarkersTest {

    private static final List<String> FILES = List.of("page.md", "_includes/part.md");

    @Test
    public void strippingMarkedTextGivesBackTheTextAndEachLinesOrigin() {
        String text = "# Title\n\n1. Step\n";

        OriginMarkers.Stripped stripped = OriginMarkers.strip(OriginMarkers.mark(text, 0, 5), FILES);

        assertThat(stripped.text()).isEqualTo(text);
        assertThat(stripped.lines().origin(1)).isEqualTo(new SourceRef("page.md", 5));
        assertThat(stripped.lines().origin(2)).isEqualTo(new SourceRef("page.md", 6));
        assertThat(stripped.lines().origin(3)).isEqualTo(new SourceRef("page.md", 7));
    }

    @Test
    public void linesInsideAnOpenTagAreLeftAsWrittenAndTheirOutputTakesTheNextOrigin() {
        String tag = "{% include part.md\n  x=\"1\" %}";
        String marked = OriginMarkers.mark("a " + tag + "\nb", 0, 1);
        assertThat(marked).as("no marker may land inside the tag").contains(tag);

        OriginMarkers.Stripped stripped = OriginMarkers.strip(marked.replace(tag, "part\nof it"), FILES);

        assertThat(stripped.text()).isEqualTo("a part\nof it\nb");
        assertThat(stripped.lines().origin(1)).isEqualTo(new SourceRef("page.md", 2));
        assertThat(stripped.lines().origin(2)).isEqualTo(new SourceRef("page.md", 2));
        assertThat(stripped.lines().origin(3)).isEqualTo(new SourceRef("page.md", 3));
    }

    @Test
    public void lineWithTwoMarkersComesFromTheFirst() {
        String tag = "{% include part.md %}";
        String included = OriginMarkers.mark("included last line", 1, 9);

        OriginMarkers.Stripped stripped = OriginMarkers.strip(OriginMarkers.mark(tag, 0, 3).replace(tag, included), FILES);

        assertThat(stripped.text()).isEqualTo("included last line");
        assertThat(stripped.lines().origin(1)).isEqualTo(new SourceRef("_includes/part.md", 9));
    }

    @Test
    public void sourceHoldingTheMarkerCharacterIsRefused() {
        try (DocsTree docs = DocsTree.copy().write("docs/odd.md", "---\ntitle: x\n---\nok\nodd " + OriginMarkers.START + "\n")) {
            GuideException failure = catchThrowableOfType(GuideException.class, () -> docs.reader().read("docs/odd.md"));

            assertThat(failure.where()).isEqualTo(new SourceRef("docs/odd.md", 5));
        }
    }
}
