package dev.guidecheck.browser;

import org.testng.annotations.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM that ends while a browser is starting leaves no Chromium, no driver and no profile behind. A run
 * stopped while a lane replaced a browser that died left one running once in a few suite runs.
 */
public class BrowserStartsTest {

    @Test
    public void aJvmEndingWhileABrowserStartsLeavesNothingRunning() throws Exception {
        // Its own temporary folder: the browser's profile is made there, so its processes can be told by it.
        Path tmp = Files.createTempDirectory("guidecheck-exit-during-start");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                ExitDuringStartMain.class.getName(), "300"));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jvm.waitFor(60, TimeUnit.SECONDS)).as("the JVM ends").isTrue();
        assertThat(output).as(output).contains("exiting");

        List<ProcessHandle> left = browserProcessesUnder(tmp);
        Instant deadline = Instant.now().plusSeconds(10);
        while (!left.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            left = browserProcessesUnder(tmp);
        }
        List<String> commands = left.stream().map(p -> p.info().command().orElse("?")).toList();
        left.forEach(ProcessHandle::destroyForcibly); // whatever the assertion says, nothing is left running
        assertThat(commands).as("processes of the browser still running after the JVM ended").isEmpty();
        try (Stream<Path> profiles = Files.list(tmp)) {
            assertThat(profiles.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("guidecheck-profile-")))
                    .as("browser profiles left").isEmpty();
        }
    }

    /** Chromium and its driver whose command line names the folder (the browser's --user-data-dir in it). */
    private static List<ProcessHandle> browserProcessesUnder(Path tmp) throws IOException {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a)).orElse("").contains(tmp.toString()))
                .toList();
    }
}
