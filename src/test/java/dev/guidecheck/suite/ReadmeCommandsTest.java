package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.replica.Replica;
import org.testng.annotations.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's other commands, each run as a user types it in a Maven of its own (the scheduler's command
 * has {@link SchedulerCommandTest}; {@code mvn test} itself is the build's own test phase, whose outputs
 * {@link MainJobOutputTest} reads).
 */
public class ReadmeCommandsTest {

    private static final Duration COMMAND = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void lintModeListsWhatACheckWouldReplayAReRunLeavesNoStaleAllureResultsAndTheReportIsOneFile() throws Exception {
        Path work = Files.createTempDirectory("guidecheck-lint");
        Path out = work.resolve("guidecheck");
        Path allure = work.resolve("allure-results");
        Files.createDirectories(allure.resolve("history"));
        Files.writeString(allure.resolve("history/history-trend.json"), "[]");
        List<String> lint = List.of("test", "-Dguidecheck.mode=lint", "-Dguidecheck.out=" + out,
                "-Dallure.results.directory=" + allure);

        Mvn.Result first = Mvn.run(COMMAND, lint);
        assertThat(first.status()).as(first.toString()).isZero();
        long results = resultFiles(allure);
        Mvn.Result second = Mvn.run(COMMAND, lint);
        assertThat(second.status()).as(second.toString()).isZero();

        // The same three lint tests and the fixes test, not eight: an earlier run's results never pass for
        // retries of this one's.
        assertThat(results).isEqualTo(4);
        assertThat(resultFiles(allure)).isEqualTo(4);
        assertThat(allure.resolve("history/history-trend.json")).as("the trend carried between runs").exists();
        JsonNode step = JSON.readTree(out.resolve("report.json").toFile()).at("/pages/0/procedures/0/steps/1");
        assertThat(step.at("/status").asText()).isEqualTo("not-run");
        assertThat(step.at("/position").asInt()).isEqualTo(2);
        assertThat(step.at("/text").asText()).isEqualTo("Navigate to Admin>Settings.");
        assertThat(step.at("/file").asText()).isEqualTo("_includes/Elements/infusionsoft/setup.md");
        assertThat(step.at("/line").asInt()).isEqualTo(21);

        // The Allure report of what the run left, as one self-contained file.
        Path site = work.resolve("site");
        Mvn.Result report = Mvn.run(COMMAND, "-q", "allure:report", "-Dallure.results.directory=" + allure,
                "-Dallure.report.directory=" + site);
        assertThat(report.status()).as(report.toString()).isZero();
        Path index = site.resolve("index.html");
        assertThat(index).exists();
        assertThat(Files.size(index)).as("one self-contained file").isGreaterThan(100_000);
    }

    @Test
    public void badInputUnderMvnTestIsOneLineOnTheConsoleAndFailsTheBuild() throws Exception {
        Path work = Files.createTempDirectory("guidecheck-bad-mvn");
        Path out = work.resolve("out");
        // Its Allure result elsewhere: this build's own main job results in target/allure-results are read later.
        Mvn.Result result = Mvn.run(COMMAND, "test", "-Dguidecheck.target=staging", "-Dguidecheck.out=" + out,
                "-Dallure.results.directory=" + work.resolve("allure-results"));

        assertThat(result.status()).as(result.toString()).isNotZero();
        assertThat(result.output().lines())
                .contains("guidecheck: guidecheck.target: \"staging\" is not one of [replica, live]");
        assertThat(result.output()).doesNotContain("The factory method").contains("BUILD FAILURE");
        assertThat(out).doesNotExist();
    }

    @Test
    public void theReplicaStartedByHandServesBothSitesUntilStopped() throws Exception {
        Process replica = new ProcessBuilder(Mvn.executable(), "-q", "compile", "exec:java")
                .redirectErrorStream(true).start();
        try {
            Optional<URI> infusionsoft = Optional.empty();
            Instant deadline = Instant.now().plus(COMMAND);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(replica.getInputStream(), StandardCharsets.UTF_8))) {
                Pattern site = Pattern.compile("Infusionsoft \\(www\\.infusionsoft\\.com\\):\\s+(http://127\\.0\\.0\\.1:\\d+)/");
                for (String line = lines.readLine(); line != null && Instant.now().isBefore(deadline); line = lines.readLine()) {
                    Matcher m = site.matcher(line);
                    if (m.find()) {
                        infusionsoft = Optional.of(URI.create(m.group(1) + "/"));
                        break;
                    }
                }
                assertThat(infusionsoft).as("the replica printed its Infusionsoft URL").isPresent();
                HttpResponse<String> home = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                        .send(HttpRequest.newBuilder(infusionsoft.get()).timeout(Duration.ofSeconds(10)).build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(home.statusCode()).isEqualTo(200);
                assertThat(home.body()).contains("Log In");
            }
        } finally {
            replica.descendants().forEach(ProcessHandle::destroy);
            replica.destroy();
            replica.waitFor();
        }
    }

    @Test
    public void saveSessionWritesTheSitesCookiesReadableByTheOwnerOnly() throws Exception {
        Replica replica = new Replica().start();
        try {
            Path session = Files.createTempDirectory("guidecheck-session").resolve("session.json");
            // Nobody signs in here: Enter is pressed at once, in a headless browser.
            Mvn.Result result = Mvn.run(COMMAND, "\n", List.of("-q", "compile", "exec:java@save-session",
                    "-Dguidecheck.live.session=" + session, "-Dguidecheck.headless=true",
                    "-Dguidecheck.live.infusionsoft=" + replica.infusionsoftOrigin(),
                    "-Dguidecheck.live.portal=" + replica.developerPortalOrigin()));

            assertThat(result.status()).as(result.toString()).isZero();
            assertThat(result.output()).contains("Saved the session to " + session);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(session))).isEqualTo("rw-------");
            JsonNode saved = JSON.readTree(session.toFile());
            assertThat(saved.has(replica.infusionsoftOrigin().toString())).as(saved.toString()).isTrue();
            assertThat(saved.has(replica.developerPortalOrigin().toString())).as(saved.toString()).isTrue();
        } finally {
            replica.stop();
        }
    }

    private static long resultFiles(Path allure) throws IOException {
        try (Stream<Path> files = Files.list(allure)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-result.json")).count();
        }
    }
}
