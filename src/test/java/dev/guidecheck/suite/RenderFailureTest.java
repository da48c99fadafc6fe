package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that is there but does not render (a missing include, malformed front matter, Liquid that does not
 * parse) is a finding on that page, at the line to edit, exit status 1; the other pages are still read,
 * linted and reported. Only the settings and paths the user gave are bad input (see {@link BadInputTest}).
 */
public class RenderFailureTest {

    private static final String CRM = "docs/elements/infusionsoft-crm/setup.md";
    private static final String REST = "docs/elements/infusionsoft-rest/setup.md";
    private static final String BODY = "_includes/Elements/infusionsoft/setup.md";

    /** A broken copy of the reference tree and the finding it must give. */
    private record Case(String what, Consumer<Path> breakIt, String rule, String where) {
        @Override
        public String toString() {
            return what;
        }
    }

    @DataProvider
    public Object[][] brokenPages() {
        return new Object[][]{
                {new Case("missing include", docs -> DocsTrees.edit(docs, CRM, 18, "Elements/infusionsoft/setup.md",
                        "Elements/gone.md"), "render", CRM + ":18")},
                {new Case("malformed front matter", docs -> DocsTrees.edit(docs, CRM, 3, "apiProvider: Infusionsoft",
                        "apiProvider: [Infusionsoft"), "render", CRM + ":3")},
                {new Case("Liquid syntax error", docs -> DocsTrees.edit(docs, BODY, 3, "{{page.heading}}", "{{page.heading"),
                        "render", BODY + ":3")},
                {new Case("undefined variable under strict_variables", docs -> {
                    DocsTrees.write(docs, "_config.yml", "liquid:\n  strict_variables: true\n");
                    DocsTrees.edit(docs, BODY, 16, "{{page.apiKey}}", "{{page.apiKeyy}}");
                }, "render", BODY + ":16")},
                {new Case("image path escaping the docs root", docs -> DocsTrees.edit(docs, BODY, 22,
                        "/assets/img/elements/infusionsoft/admin-settings.png", "/../../outside/admin-settings.png"),
                        "missing-image", BODY + ":22")},
        };
    }

    @Test(dataProvider = "brokenPages")
    public void aPageThatDoesNotRenderIsAFindingOnThatPageAndTheOthersAreStillChecked(Case broken) throws Exception {
        Path docs = DocsTrees.copyOfReference();
        broken.breakIt().accept(docs);
        Path out = Files.createTempDirectory("guidecheck-render").resolve("out");
        Process process = new ProcessBuilder(MainJobProcess.command(List.of("-Dguidecheck.mode=lint",
                "-Dguidecheck.docs=" + docs, "-Dguidecheck.out=" + out,
                "-Dallure.results.directory=" + out.resolveSibling("allure-results"),
                "-Dguidecheck.pages=" + CRM + "," + REST)))
                .redirectErrorStream(true).start();
        String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(broken + ": the lint did not end within 90 s");
        }

        assertThat(process.exitValue()).as(console).isEqualTo(1);
        assertThat(console).contains("error " + broken.rule() + " " + broken.where() + ": ")
                .contains("outcome: guide-findings (exit status 1)");
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        List<String> statuses = List.of(report.at("/pages/0/status").asText(), report.at("/pages/1/status").asText());
        assertThat(statuses).as("the broken page fails; the other is still read and reported").containsExactly("failed", "passed");
        assertThat(report.at("/pages/1/procedures")).as("the other page's procedures are listed").hasSize(2);
    }
}
