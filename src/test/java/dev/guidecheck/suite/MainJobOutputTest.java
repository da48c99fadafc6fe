package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.testng.SkipException;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's main job, {@code mvn test}, is this very build's test phase: what it wrote is what a user
 * of that command gets. Read here, after it ran, exactly where the README says to look.
 */
public class MainJobOutputTest {

    private static final Path OUT = Path.of("target/guidecheck");
    private static final Path ALLURE = Path.of("target/allure-results");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeClass
    public void theMainJobRanInThisBuild() {
        if (Boolean.parseBoolean(System.getProperty("guidecheck.skipMainJob", "false"))) {
            throw new SkipException("this build skipped the main job (-Dguidecheck.skipMainJob)");
        }
    }

    @Test
    public void itPassedOnTheReplicaAndWroteTheReportTheSummaryAndTheScreenshots() throws IOException {
        JsonNode report = JSON.readTree(OUT.resolve("report.json").toFile());
        assertThat(report.at("/run/outcome").asText()).isEqualTo("passed");
        assertThat(report.at("/run/exitCode").asInt()).isZero();
        assertThat(report.at("/pages")).hasSize(3);
        // One thread: one lane, so one browser and one replica for the whole run, all three pages included.
        assertThat(report.at("/run/lanesUsed").asInt()).isEqualTo(1);
        assertThat(report.at("/run/browsersStarted").asInt()).isEqualTo(1);
        assertThat(report.at("/run/browserProcesses").asText()).isEqualTo("one");
        assertThat(Files.readString(OUT.resolve("summary.md"))).startsWith("# guidecheck\n\n**All 3 pages hold");
        assertThat(OUT.resolve("screenshots/assets/img/elements/infusionsoft/infusionsoft_creds.png")).exists();
        for (JsonNode page : report.at("/pages")) {
            assertThat(page.at("/verification")).as("verification of " + page.at("/page").asText())
                    .hasSize(page.at("/credentials").size())
                    .allSatisfy(v -> assertThat(v.at("/status").asText()).isEqualTo("works"));
        }
    }

    @Test
    public void itsAllureResultsHoldOneResultPerTestNamedAfterPageAndProcedure() throws IOException {
        List<JsonNode> results = new ArrayList<>();
        try (Stream<Path> files = Files.list(ALLURE)) {
            for (Path f : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                results.add(JSON.readTree(f.toFile()));
            }
        }
        // Per page: the lint, each procedure, the credentials found, the credentials work. 4 + 4 + 1 twice, 1 + 2 + 2
        // once; and the run's fixes.
        assertThat(results).hasSize(20);
        assertThat(results.stream().map(r -> r.at("/historyId").asText()).distinct()).hasSize(20);
        assertThat(results).allSatisfy(r -> assertThat(r.at("/status").asText()).isEqualTo("passed"));
        assertThat(results.stream().map(r -> r.at("/name").asText()))
                .contains("infusionsoft-crm/setup.md › To find your Encrypted Key",
                        "infusionsoft-marketing/setup.md › every credential is found",
                        "infusionsoft-rest/setup.md › the recorded credentials work",
                        "infusionsoft-rest/setup.md › guide lint");
        JsonNode encryptedKey = results.stream()
                .filter(r -> r.at("/name").asText().equals("infusionsoft-crm/setup.md › To find your Encrypted Key"))
                .findFirst().orElseThrow();
        assertThat(labels(encryptedKey, "suite")).containsExactly("docs/elements/infusionsoft-crm/setup.md");
        assertThat(labels(encryptedKey, "subSuite")).containsExactly("Locate Credentials for Authentication");
        assertThat(labels(encryptedKey, "feature")).containsExactly("docs/elements/infusionsoft-crm/setup.md");
        assertThat(labels(encryptedKey, "story")).containsExactly("To find your Encrypted Key");
        assertThat(encryptedKey.at("/parameters")).isEmpty();
        assertThat(encryptedKey.at("/description").asText())
                .contains("](https://developers.cloud-elements.com/assets/img/elements/infusionsoft/admin-settings.png)");
        assertThat(encryptedKey.at("/links/0/url").asText()).isEqualTo(
                "https://developers.cloud-elements.com/docs/elements/infusionsoft-crm/setup.html#locate-credentials-for-authentication");
        assertThat(ALLURE.resolve("categories.json")).exists();
        assertThat(ALLURE.resolve("environment.properties")).exists();
    }

    /** The values of an Allure result's labels of that name. */
    static List<String> labels(JsonNode result, String name) {
        List<String> values = new ArrayList<>();
        result.at("/labels").forEach(l -> {
            if (l.at("/name").asText().equals(name)) {
                values.add(l.at("/value").asText());
            }
        });
        return values;
    }
}
