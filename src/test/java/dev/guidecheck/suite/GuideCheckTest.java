package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.replica.ReplicaProfiles;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepResult;
import dev.guidecheck.steps.StepStatus;
import org.testng.annotations.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide check end to end: the reference pages on the faithful replica, in headless Chromium. */
public class GuideCheckTest {

    private static final String IMAGES = "assets/img/elements/infusionsoft/";

    /**
     * Read from the faithful run's files: the main job's own (this build's {@code mvn test}) when it ran, else
     * one replay of the three pages shared with the other tests that need it.
     */
    @Test
    public void theReferencePagesPassOnTheReplicaWithEveryStepCredentialAndImage() throws IOException {
        Path out = ProfileRuns.of(ReplicaProfiles.FAITHFUL).out();
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());

        assertThat(report.at("/pages")).hasSize(3);
        List<JsonNode> procedures = new ArrayList<>();
        report.at("/pages").forEach(page -> page.at("/procedures").forEach(procedures::add));
        assertThat(procedures).hasSize(10).allSatisfy(p -> {
            assertThat(p.at("/status").asText()).as(p.at("/title").asText()).isEqualTo("passed");
            p.at("/steps").forEach(s -> assertThat(s.at("/status").asText()).isEqualTo("passed"));
        });
        JsonNode crm = report.at("/pages/0");
        assertThat(crm.at("/page").asText()).isEqualTo("docs/elements/infusionsoft-crm/setup.md");
        assertThat(crm.at("/status").asText()).isEqualTo("passed");
        assertThat(crm.at("/credentials")).hasSize(4);
        assertThat(report.at("/pages/2/credentials")).hasSize(3);
        report.at("/pages").forEach(page -> page.at("/credentials").forEach(c ->
                assertThat(c.at("/found").asBoolean()).as(c.at("/name").asText()).isTrue()));
        assertThat(crm.at("/credentials/0/name").asText()).isEqualTo("Encrypted Key");
        assertThat(crm.at("/credentials/0/masked").asText()).matches("[0-9a-f]{3}…");
        // Steps where the reader finds them: the shared include's line, the number a reader sees.
        JsonNode navigate = crm.at("/procedures/0/steps/1");
        assertThat(navigate.at("/number").asInt()).isEqualTo(2);
        assertThat(navigate.at("/text").asText()).isEqualTo("Navigate to Admin>Settings.");
        assertThat(navigate.at("/file").asText()).isEqualTo("_includes/Elements/infusionsoft/setup.md");
        assertThat(navigate.at("/line").asInt()).isEqualTo(21);

        // Every image the three pages reference, captured once per run.
        assertThat(crm.at("/screenshots/0/path").asText()).isEqualTo(IMAGES + "admin-settings.png");
        for (String image : List.of("admin-settings.png", "encrypted-key.png", "infusionsoft_creds.png")) {
            Path png = out.resolve("screenshots").resolve(IMAGES + image);
            assertThat(png).exists();
            assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        }
        // Short when all is well: one sentence, and per page a table of procedures.
        assertThat(Files.readString(out.resolve("summary.md")))
                .contains("All 3 pages hold: every replayed step passed, every credential was found, and every one tried works.")
                .contains("| To find your Encrypted Key | passed | 4/4 |")
                .doesNotContain("**label-not-found**");
    }

    @Test
    public void aLabelTheProductDoesNotShowFailsExactlyThatProcedureAtThatStep() throws IOException {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, "docs/elements/infusionsoft-rest/setup.md", 40, "**Applications**", "**Integrations**");
        Run run = checkWithoutScreenshots(docs, Files.createTempDirectory("guidecheck-out"),
                "docs/elements/infusionsoft-rest/setup.md");

        List<ProcedureResult> failed = run.procedures.stream().filter(p -> p.status() == StepStatus.FAILED).toList();
        assertThat(failed).hasSize(1);
        ProcedureResult oauth = failed.get(0);
        assertThat(oauth.procedure().page()).isEqualTo("docs/elements/infusionsoft-rest/setup.md");
        assertThat(oauth.procedure().title()).isEqualTo("To find your OAuth 2.0 credentials");
        StepResult step = oauth.failure().orElseThrow();
        // Written "4." in the source, it is the third step a reader of the published page sees.
        assertThat(step.step().number()).isEqualTo(4);
        assertThat(step.step().position()).isEqualTo(3);
        assertThat(step.category().id()).isEqualTo("label-not-found");
        assertThat(step.message())
                .startsWith("step 3 (docs/elements/infusionsoft-rest/setup.md:40) \"Click Integrations, and then click Edit.\": ")
                .contains("\"Integrations\"")
                .contains("Applications");
        assertThat(oauth.steps()).extracting(StepResult::status)
                .containsExactly(StepStatus.PASSED, StepStatus.PASSED, StepStatus.FAILED, StepStatus.SKIPPED);
    }

    @Test
    public void aLabelChangedInTheSharedIncludeFailsThatProcedureOnBothPagesThatIncludeIt() throws IOException {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, "_includes/Elements/infusionsoft/setup.md", 23, "**Application**", "**Integrations**");
        Run run = checkWithoutScreenshots(docs, Files.createTempDirectory("guidecheck-out"),
                "docs/elements/infusionsoft-crm/setup.md", "docs/elements/infusionsoft-marketing/setup.md");

        List<ProcedureResult> failed = run.procedures.stream().filter(p -> p.status() == StepStatus.FAILED).toList();
        assertThat(failed).extracting(p -> p.procedure().page() + " > " + p.procedure().title()).containsExactly(
                "docs/elements/infusionsoft-crm/setup.md > To find your Encrypted Key",
                "docs/elements/infusionsoft-marketing/setup.md > To find your Encrypted Key");
        assertThat(failed).allSatisfy(p -> assertThat(p.failure().orElseThrow().message())
                .startsWith("step 3 (_includes/Elements/infusionsoft/setup.md:23) ")
                .contains("\"Integrations\""));
    }

    /** What a check printed and found. */
    private record Run(List<ProcedureResult> procedures, Map<String, List<CredentialCheck.Outcome>> credentials,
                       String console) {
    }

    private static Run check(Path docs, Path out, String... pages) {
        return check(DocsTrees.settings(docs, out, pages));
    }

    private static Run checkWithoutScreenshots(Path docs, Path out, String... pages) {
        return check(DocsTrees.withoutScreenshots(docs, out, pages));
    }

    private static Run check(dev.guidecheck.Settings settings) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<ProcedureResult> procedures = new ArrayList<>();
        Map<String, List<CredentialCheck.Outcome>> credentials = new LinkedHashMap<>();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
        try (GuideRun run = new GuideRun(settings, print, TestBrowsers.shared())) {
            for (GuideRun.PageRun page : run.pages()) {
                for (Procedure procedure : page.guide().orElseThrow().procedures()) {
                    procedures.add(run.replay(page, procedure,
                            new dev.guidecheck.report.ConsoleProgress(print, GuideRun.shortPage(page.path()))));
                }
                credentials.put(page.path(), run.checkCredentials(page));
            }
        }
        return new Run(procedures, credentials, console.toString(StandardCharsets.UTF_8));
    }

}
