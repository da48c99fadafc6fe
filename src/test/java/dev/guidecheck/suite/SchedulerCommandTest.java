package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.testng.annotations.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduler's command exactly as the nightly workflow types it (read from the workflow: {@code mvn
 * -B -ntp -q compile exec:java@check} with its flags), in a Maven of its own: its exit status and what it wrote
 * tell a docs team the truth. 0 when the guides hold, 1 when they do not (or nothing could be replayed),
 * 2 when the run broke, 3 when the input is unusable.
 */
public class SchedulerCommandTest {

    private static final String REST = "docs/elements/infusionsoft-rest/setup.md";
    private static final Duration RUN = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run of the command left behind. */
    private record Run(Mvn.Result result, Path out, Path allure) {
        String summary() throws IOException {
            return Files.readString(out.resolve("summary.md"), StandardCharsets.UTF_8);
        }

        JsonNode report() throws IOException {
            return JSON.readTree(out.resolve("report.json").toFile());
        }

        /** Allure's test results, by test name. */
        List<JsonNode> allureResults() throws IOException {
            List<JsonNode> results = new ArrayList<>();
            try (Stream<Path> files = Files.list(allure)) {
                for (Path f : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                    results.add(JSON.readTree(f.toFile()));
                }
            }
            return results;
        }

        JsonNode allureResult(String name) throws IOException {
            return allureResults().stream().filter(r -> r.at("/name").asText().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no Allure result named " + name));
        }
    }

    /**
     * The workflow's "Check the guides" command, read from the workflow, as a runner whose Chromium comes
     * without a driver path runs it on the replica; the test's own settings (its docs copy, its output
     * folders) come after it and win.
     */
    private static Run check(Path docs, String... settings) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("guidecheck-scheduled");
        Path out = work.resolve("guidecheck");
        Path allure = work.resolve("allure-results");
        List<String> command = new ArrayList<>(WorkflowCommand.arguments(Map.of(
                "TARGET", "replica", "SCREENSHOTS", "check",
                "BROWSER", Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : "",
                "DRIVER", "", "live_args", "",
                "github.server_url", "https://github.com", "github.repository", "example/docs")));
        command.addAll(List.of("-Dguidecheck.docs=" + docs, "-Dguidecheck.out=" + out,
                "-Dallure.results.directory=" + allure));
        command.addAll(List.of(settings));
        return new Run(Mvn.run(RUN, command), out, allure);
    }

    @Test
    public void guidesThatHoldExitZeroAndAProcedureOnAnotherSiteIsReportedNotCovered() throws Exception {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.addOtherProductsPage(docs);
        // Two threads: the REST page's two procedures are replayed at once, ahead of the tests reporting them.
        Run run = check(docs, "-Dguidecheck.pages=" + REST + "," + DocsTrees.HUBSPOT, "-Dguidecheck.threads=2");

        assertThat(run.result().status()).as(run.result().toString()).isZero();
        String console = run.result().output();
        assertThat(console).contains("outcome: passed (exit status 0)")
                .contains("infusionsoft-rest/setup.md > To find your OAuth 2.0 credentials > 1. Sign in to your developer account. > passed")
                .contains("total: 2 pages, 3 procedures (2 replayed, 0 failed, 1 not covered, 0 not run), 9 steps replayed")
                .contains("hubspot/setup.md > To find your API key > not-covered: its steps act on https://app.hubspot.com")
                .doesNotContain("INFO").doesNotContain("Javalin")
                // Selenium's warning for a Chromium it carries no DevTools classes for, which the run handles.
                .doesNotContain("Unable to find CDP implementation");

        assertThat(run.summary())
                .contains("2 pages, 3 procedures: 2 replayed, 1 not covered")
                .contains("- not covered: To find your API key `" + DocsTrees.HUBSPOT + ":10`: its steps act on https://app.hubspot.com");
        JsonNode hubspot = run.report().at("/pages/1");
        assertThat(hubspot.at("/status").asText()).isEqualTo("not-covered");
        assertThat(hubspot.at("/procedures/0/status").asText()).isEqualTo("not-covered");
        assertThat(hubspot.at("/procedures/0/reason").asText()).contains("https://app.hubspot.com");
        assertThat(hubspot.at("/procedures/0/steps/0/status").asText()).isEqualTo("not-run");

        JsonNode skipped = run.allureResult("hubspot/setup.md › To find your API key");
        assertThat(skipped.at("/status").asText()).isEqualTo("skipped");
        assertThat(skipped.at("/statusDetails/message").asText()).startsWith("not-covered: its steps act on https://app.hubspot.com");
        // One result per test, each with a history id of its own: lint, the procedures, the credentials found and
        // the credentials work, per page; and the run's fixes (the REST page's list numbering and link syntax).
        List<JsonNode> results = run.allureResults();
        assertThat(results).hasSize(5 + 4 + 1);
        assertThat(results.stream().map(r -> r.at("/historyId").asText()).distinct()).hasSize(results.size());
        // Each procedure's test carries the thread and the times its replay ran at, its steps inside them.
        assertThat(run.report().at("/run/lanesUsed").asInt()).isEqualTo(2);
        List<JsonNode> procedures = List.of(run.allureResult("infusionsoft-rest/setup.md › To create an application"),
                run.allureResult("infusionsoft-rest/setup.md › To find your OAuth 2.0 credentials"));
        assertThat(procedures.stream().map(r -> MainJobOutputTest.labels(r, "thread")).flatMap(List::stream)
                .map(thread -> thread.replaceFirst(".*\\.", "")))
                .containsExactlyInAnyOrder("guidecheck-replay-1", "guidecheck-replay-2");
        for (JsonNode procedure : procedures) {
            long start = procedure.at("/start").asLong();
            long stop = procedure.at("/stop").asLong();
            assertThat(procedure.at("/steps")).as(procedure.at("/name").asText()).isNotEmpty().allSatisfy(step -> {
                assertThat(step.at("/start").asLong()).isBetween(start, stop);
                assertThat(step.at("/stop").asLong()).isBetween(step.at("/start").asLong(), stop);
            });
        }

        for (String file : List.of("report.json", "summary.md")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run.out().resolve(file))))
                    .as(file).isEqualTo("rw-r--r--");
        }
        try (Stream<Path> left = Files.walk(run.out())) {
            assertThat(left.map(Path::toString).filter(f -> f.endsWith(".tmp")).toList()).as("temporary files").isEmpty();
        }
    }

    @Test
    public void aDriftedProductAndABrokenLinkExitOneAndAreNeverRetried() throws Exception {
        Path docs = DocsTrees.copyOfReference();
        // A letter dropped from the link of "Log in to your developer account": the portal answers 404.
        DocsTrees.edit(docs, REST, 49, "developer.infusionsoft.com/apps/", "developer.infusionsoft.com/aps/");
        Run run = check(docs, "-Dguidecheck.pages=" + REST, "-Dguidecheck.replica.profile=portal-tabs-renamed");

        assertThat(run.result().status()).as(run.result().toString()).isEqualTo(1);
        String console = run.result().output();
        assertThat(console).contains("outcome: guide-findings (exit status 1)")
                .contains("[label-not-found] step 3 (" + REST + ":40) \"Click Applications, and then click Edit.\"")
                .contains("[link-broken] step 1 (" + REST + ":49) \"Log in to your developer account.\": the link"
                        + " https://keys.developer.infusionsoft.com/aps/ (\"developer account\") answers HTTP 404")
                .doesNotContain("retrying");
        assertThat(run.summary())
                .contains("- **link-broken** `" + REST + ":49` ")
                .contains("- **label-not-found** `" + REST + ":40` ");

        JsonNode linkBroken = run.allureResult("infusionsoft-rest/setup.md › To create an application");
        // A finding about the guide: failed (not broken), one result, and no stack trace into guidecheck.
        assertThat(linkBroken.at("/status").asText()).isEqualTo("failed");
        assertThat(linkBroken.at("/statusDetails/message").asText()).startsWith("[link-broken] step 1");
        assertThat(linkBroken.at("/statusDetails/trace").asText()).doesNotContain("\tat ");
    }

    @Test
    public void aBrowserThatCannotStartStopsTheRunAtOnceExitsTwoAndSaysSoFirst() throws Exception {
        Run run = check(DocsTrees.copyOfReference(), "-Dguidecheck.browser.binary=/bin/false");

        assertThat(run.result().status()).as(run.result().toString()).isEqualTo(2);
        String console = run.result().output();
        assertThat(console.lines().filter(l -> l.startsWith("guidecheck: the run could not start a browser")))
                .as(console).hasSize(1);
        assertThat(console).doesNotContain("retrying").contains("outcome: environment (exit status 2)");
        String summary = run.summary();
        assertThat(summary).contains("## ⚠️ The run broke").doesNotContain("credential-missing");
        assertThat(summary.indexOf("The run broke")).as(summary).isLessThan(summary.indexOf("[docs/elements/"));

        JsonNode first = run.allureResult("infusionsoft-crm/setup.md › To find your Encrypted Key");
        assertThat(first.at("/status").asText()).isEqualTo("broken");
        assertThat(first.at("/statusDetails/message").asText()).startsWith("[environment] ");
        JsonNode later = run.allureResult("infusionsoft-rest/setup.md › To create an application");
        assertThat(later.at("/status").asText()).isEqualTo("skipped");
        assertThat(later.at("/statusDetails/message").asText()).startsWith("not-run: the run stopped before it");
    }

    @Test
    public void aBadSettingIsOneLineAndExitsThreeWithNothingWritten() throws Exception {
        Run run = check(DocsTrees.copyOfReference(), "-Dguidecheck.target=staging");

        assertThat(run.result().status()).isEqualTo(3);
        assertThat(run.result().output().strip())
                .isEqualTo("guidecheck: guidecheck.target: \"staging\" is not one of [replica, live]");
        assertThat(run.out()).doesNotExist();
    }

    @Test
    public void pagesThatOnlyActOnOtherSitesReplayNothingNeedNoBrowserAndDoNotExitZero() throws Exception {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.addOtherProductsPage(docs);
        // A browser that cannot start: a run with nothing to replay never starts one, so it never finds out.
        Run run = check(docs, "-Dguidecheck.pages=" + DocsTrees.HUBSPOT, "-Dguidecheck.browser.binary=/bin/false");

        assertThat(run.result().status()).as(run.result().toString()).isEqualTo(1);
        assertThat(run.result().output()).contains("outcome: nothing-replayed (exit status 1)");
        assertThat(run.summary()).contains("Nothing was replayed");
        assertThat(run.report().at("/run/browsersStarted").asInt()).isZero();
        assertThat(run.report().at("/run/lanesUsed").asInt()).isZero();
    }
}
