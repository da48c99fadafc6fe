package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.guide.Procedure;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide check end to end: the reference pages on the faithful replica, in headless Chromium. */
public class GuideCheckTest {

    private static final String IMAGES = "assets/img/elements/infusionsoft/";

    @Test
    public void theReferencePagesPassOnTheReplicaWithEveryStepCredentialAndImage() throws IOException {
        Path out = Files.createTempDirectory("guidecheck-out");
        Run run = check(DocsTrees.copyOfReference(), out);

        assertThat(run.procedures).hasSize(10);
        // Every image the three pages reference, captured once per run.
        assertThat(run.procedures).allSatisfy(p -> {
            assertThat(p.failure()).as(p.procedure().title()).isEmpty();
            assertThat(p.steps()).allSatisfy(s -> assertThat(s.status()).isEqualTo(StepStatus.PASSED));
        });
        assertThat(run.credentials.values()).allSatisfy(outcomes -> assertThat(outcomes)
                .isNotEmpty().allSatisfy(o -> assertThat(o.found()).as(o.row().name()).isTrue()));
        assertThat(run.credentials.get("docs/elements/infusionsoft-crm/setup.md")).hasSize(4);
        assertThat(run.credentials.get("docs/elements/infusionsoft-rest/setup.md")).hasSize(3);

        for (String image : List.of("admin-settings.png", "encrypted-key.png", "infusionsoft_creds.png")) {
            Path png = out.resolve("screenshots").resolve(IMAGES + image);
            assertThat(png).exists();
            assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        }

        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.at("/pages")).hasSize(3);
        JsonNode crm = report.at("/pages/0");
        assertThat(crm.at("/page").asText()).isEqualTo("docs/elements/infusionsoft-crm/setup.md");
        assertThat(crm.at("/status").asText()).isEqualTo("passed");
        JsonNode navigate = crm.at("/procedures/0/steps/1");
        assertThat(navigate.at("/number").asInt()).isEqualTo(2);
        assertThat(navigate.at("/text").asText()).isEqualTo("Navigate to Admin>Settings.");
        assertThat(navigate.at("/file").asText()).isEqualTo("_includes/Elements/infusionsoft/setup.md");
        assertThat(navigate.at("/line").asInt()).isEqualTo(21);
        assertThat(navigate.at("/status").asText()).isEqualTo("passed");
        assertThat(crm.at("/credentials/0/name").asText()).isEqualTo("Encrypted Key");
        assertThat(crm.at("/credentials/0/masked").asText()).matches("[0-9a-f]{3}…");
        assertThat(crm.at("/screenshots/0/path").asText()).isEqualTo(IMAGES + "admin-settings.png");
        assertThat(run.console).contains("infusionsoft-crm/setup.md > To find your Encrypted Key > 2. Navigate to Admin>Settings. > passed");
        assertThat(run.console).contains("total: 3 pages, 10 procedures (10 replayed, 0 failed, 0 not covered, 0 not run), 47 steps replayed");
        // Short when all is well: one sentence, and per page a table of procedures.
        assertThat(Files.readString(out.resolve("summary.md")))
                .contains("All 3 pages hold: every replayed step passed and every credential was found.")
                .contains("| To find your Encrypted Key | passed | 4/4 |")
                .doesNotContain("**label-not-found**");
    }

    @Test
    public void twoRunsOnTheSameReplicaStateWriteByteIdenticalScreenshots() throws IOException {
        Path first = Files.createTempDirectory("guidecheck-first");
        Path second = Files.createTempDirectory("guidecheck-second");
        Path docs = DocsTrees.copyOfReference();
        check(docs, first, "docs/elements/infusionsoft-crm/setup.md");
        check(docs, second, "docs/elements/infusionsoft-crm/setup.md");

        List<Path> images;
        try (Stream<Path> files = Files.walk(first.resolve("screenshots"))) {
            images = files.filter(Files::isRegularFile).toList();
        }
        assertThat(images).hasSize(3);
        for (Path image : images) {
            Path twin = second.resolve(first.relativize(image).toString());
            assertThat(Files.readAllBytes(twin)).as(image.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(image));
        }
    }

    @Test
    public void aLabelTheProductDoesNotShowFailsExactlyThatProcedureAtThatStep() throws IOException {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, "docs/elements/infusionsoft-rest/setup.md", 40, "**Applications**", "**Integrations**");
        Run run = checkWithoutScreenshots(docs, Files.createTempDirectory("guidecheck-out"));

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
        try (GuideRun run = new GuideRun(settings, print)) {
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
