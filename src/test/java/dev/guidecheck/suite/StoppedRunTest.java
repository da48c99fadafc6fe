package dev.guidecheck.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.Test;

/**
 * A run stopped from outside (a scheduler's time limit, a cancelled CI job: SIGTERM) takes its browser with
 * it: no Chromium, no driver and no browser profile outlive the JVM.
 */
public class StoppedRunTest {

    private static final Duration FIRST_STEP_WITHIN = Duration.ofSeconds(60);

    @Test
    public void aRunStoppedMidwayLeavesNoBrowserDriverOrProfileBehind() throws Exception {
        Path out = Files.createTempDirectory("guidecheck-stopped").resolve("out");
        Process run = new ProcessBuilder(MainJobProcess.command(List.of("-Dguidecheck.out=" + out,
                "-Dallure.results.directory=" + out.resolveSibling("allure-results"))))
                .redirectErrorStream(true).start();
        List<ProcessHandle> browser;
        try {
            awaitFirstPassedStep(run);
            browser = run.descendants().toList();
        } catch (RuntimeException | Error e) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
            throw e;
        }
        assertThat(browser).as("the run's driver").anyMatch(p -> p.info().command().orElse("").endsWith("chromedriver"));
        Optional<Path> profile = browser.stream()
                .flatMap(p -> p.info().arguments().stream().flatMap(Arrays::stream))
                .filter(a -> a.startsWith("--user-data-dir="))
                .map(a -> Path.of(a.substring("--user-data-dir=".length())))
                .findFirst();
        assertThat(profile).as("the browser's profile").isPresent();
        assertThat(profile.get()).exists();
        Path socketFolder = Files.readSymbolicLink(profile.get().resolve("SingletonSocket")).getParent();

        run.destroy(); // SIGTERM, as a time limit sends it
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).as("the run ends when told to").isTrue();

        Instant deadline = Instant.now().plusSeconds(10);
        while (browser.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        List<String> left = browser.stream().filter(ProcessHandle::isAlive).map(p -> p.info().command().orElse("?")).toList();
        browser.forEach(ProcessHandle::destroyForcibly); // whatever the assertion says, nothing is left running
        assertThat(left).as("processes of the run still running after it ended").isEmpty();
        assertThat(profile.get()).as("the browser's profile").doesNotExist();
        assertThat(socketFolder).as("the browser's socket folder, outside its profile").doesNotExist();
    }

    /** Reads the run's console until a step has passed: the browser is up and in use. */
    private static void awaitFirstPassedStep(Process run) throws Exception {
        Instant deadline = Instant.now().plus(FIRST_STEP_WITHIN);
        BufferedReader console = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = console.readLine(); line != null; line = console.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("> passed (")) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                break;
            }
        }
        throw new AssertionError("no step passed within " + FIRST_STEP_WITHIN + "; the run printed:\n" + seen);
    }
}
