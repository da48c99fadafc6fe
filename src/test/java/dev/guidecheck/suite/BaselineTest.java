package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.Settings;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.report.RunOutcome;
import org.testng.annotations.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Known findings are reported but do not fail a run; new ones do; fixed ones are reported as resolved. */
public class BaselineTest {

    private static final String REST = "docs/elements/infusionsoft-rest/setup.md";
    private static final String KNOWN = "label-not-found | " + REST + " | Click Integrations, and then click Edit.";

    @Test
    public void aRunWhoseFindingsAreAllInTheBaselinePassesAndSaysThemKnown() throws IOException {
        Path docs = driftedRestPage();
        Files.writeString(docs.resolve(Settings.BASELINE_FILE_NAME), "# known\n" + KNOWN + "\n");
        Result result = check(docs);

        assertThat(result.outcome).isEqualTo(RunOutcome.PASSED);
        assertThat(result.report.at("/pages/0/status").asText()).isEqualTo("known");
        assertThat(result.report.at("/pages/0/findings").findValuesAsText("known")).contains("baseline line 2");
        assertThat(result.summary)
                .contains("| To find your OAuth 2.0 credentials | known |")
                .contains("**label-not-found** `" + REST + ":40`")
                .contains("_(known: baseline line 2)_");
    }

    @Test
    public void removingTheEntryMakesTheSameRunFailOnThatFinding() throws IOException {
        Path docs = driftedRestPage();
        Files.writeString(docs.resolve(Settings.BASELINE_FILE_NAME), "# nothing known\n");
        Result result = check(docs);

        assertThat(result.outcome).isEqualTo(RunOutcome.GUIDE_FINDINGS);
        assertThat(result.report.at("/pages/0/status").asText()).isEqualTo("failed");
        assertThat(result.summary).contains("1 of 1 pages have findings.")
                .contains("| To find your OAuth 2.0 credentials | failed | 2/4 |")
                .contains("**label-not-found** `" + REST + ":40` step 3 (" + REST + ":40)")
                .doesNotContain("_(known");
        assertThat(result.console).contains("outcome: guide-findings (exit status 1)");
    }

    @Test
    public void anEntryWhoseFindingNoLongerOccursIsReportedResolvedWithItsLine() throws IOException {
        Path docs = DocsTrees.copyOfReference();
        Files.writeString(docs.resolve(Settings.BASELINE_FILE_NAME), "# fixed since\n" + KNOWN + "\n");
        Result result = check(docs);

        assertThat(result.outcome).isEqualTo(RunOutcome.PASSED);
        assertThat(result.report.at("/resolvedBaselineEntries/0/line").asInt()).isEqualTo(2);
        assertThat(result.console).contains(Settings.BASELINE_FILE_NAME + ":2").contains("delete that line");
    }

    @Test
    public void aMalformedBaselineLineIsAOneLineErrorNamingFileAndLine() throws IOException {
        Path docs = DocsTrees.copyOfReference();
        Files.writeString(docs.resolve(Settings.BASELINE_FILE_NAME), "# ok\nlabel-not-found only two | parts\n");
        Properties props = new Properties();
        props.setProperty("guidecheck.docs", docs.toString());
        Settings settings = Settings.from(props, Map.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GuideRun(settings, System.out))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(Settings.BASELINE_FILE_NAME + ":2: a baseline line is");
    }

    private static Path driftedRestPage() {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, REST, 40, "**Applications**", "**Integrations**");
        return docs;
    }

    private record Result(RunOutcome outcome, JsonNode report, String console, String summary) {
    }

    /** Only the REST page's OAuth procedure: the one the edit breaks. */
    private static Result check(Path docs) throws IOException {
        Path out = Files.createTempDirectory("guidecheck-baseline");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        GuideRun run = new GuideRun(DocsTrees.withoutScreenshots(docs, out, REST),
                new PrintStream(console, true, StandardCharsets.UTF_8), TestBrowsers.shared());
        try (run) {
            GuideRun.PageRun page = run.pages().get(0);
            Procedure oauth = page.guide().orElseThrow().procedures().get(0);
            run.replay(page, oauth, new dev.guidecheck.steps.ReplayListener() {
            });
        }
        return new Result(run.outcome().orElseThrow(), new ObjectMapper().readTree(out.resolve("report.json").toFile()),
                console.toString(StandardCharsets.UTF_8), Files.readString(out.resolve("summary.md")));
    }
}
