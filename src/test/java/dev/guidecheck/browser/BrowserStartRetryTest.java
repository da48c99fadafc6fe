package dev.guidecheck.browser;

import org.testng.annotations.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A browser that fails to start once is started again, and the run goes on; one that never starts fails after a
 * bounded number of tries, saying so. Chromium started as one process once closed its connection before its
 * session began, and the whole run stopped.
 */
public class BrowserStartRetryTest {

    @Test
    public void aBrowserThatFailsItsFirstStartIsStartedAgain() throws Exception {
        Path dir = Files.createTempDirectory("guidecheck-start-retry");
        Path starts = dir.resolve("starts");
        // Stands for a Chromium that dies at its first start: the first start exits, the next is the real one.
        Path browser = script(dir.resolve("chromium-once-broken"), String.join("\n",
                "#!/bin/sh",
                "echo start >> '" + starts + "'",
                "if [ \"$(wc -l < '" + starts + "')\" -eq 1 ]; then exit 1; fi",
                "exec " + DriverResolver.forThisMachine().browserBinary(null) + " \"$@\""));

        try (BrowserSession session = BrowserFactory.of(new BrowserSettings(true, true, browser, null, null)).open()) {
            assertThat(session.driver().getTitle()).isNotNull();
        }

        assertThat(Files.readAllLines(starts)).as("starts of the browser").hasSize(2);
    }

    @Test
    public void aBrowserThatNeverStartsFailsAfterItsTriesWithOneLine() throws Exception {
        Path dir = Files.createTempDirectory("guidecheck-start-retry");
        Path starts = dir.resolve("starts");
        Path browser = script(dir.resolve("chromium-broken"), String.join("\n",
                "#!/bin/sh",
                "echo start >> '" + starts + "'",
                "exit 1"));

        assertThatThrownBy(() -> BrowserFactory.of(new BrowserSettings(true, false, browser, null, null)).open())
                .isInstanceOf(BrowserSetupException.class)
                .hasMessageStartingWith("Chromium " + browser + " did not start with ")
                .hasMessageContaining(" (" + ChromeBrowserFactory.STARTS + " tries): ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Files.readAllLines(starts)).as("starts of the browser").hasSize(ChromeBrowserFactory.STARTS);
    }

    private static Path script(Path path, String text) throws Exception {
        Files.writeString(path, text + "\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        return path;
    }
}
