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

    /** A browser executable that notes each start in {@code starts}, then does {@code then}. */
    private record FakeBrowser(Path executable, Path starts) {

        static FakeBrowser that(String then) throws Exception {
            Path dir = Files.createTempDirectory("guidecheck-start-retry");
            Path starts = dir.resolve("starts");
            Path executable = dir.resolve("chromium");
            Files.writeString(executable, String.join("\n", "#!/bin/sh", "echo start >> '" + starts + "'", then, ""));
            Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwxr-xr-x"));
            return new FakeBrowser(executable, starts);
        }

        int started() throws Exception {
            return Files.readAllLines(starts).size();
        }
    }

    @Test
    public void aBrowserThatFailsItsFirstStartIsStartedAgain() throws Exception {
        // Stands for a Chromium that dies at its first start: the first start exits, the next is the real one.
        FakeBrowser browser = FakeBrowser.that("if [ \"$(wc -l < \"$(dirname \"$0\")/starts\")\" -eq 1 ]; then exit 1; fi\n"
                + "exec " + DriverResolver.forThisMachine().browserBinary(null) + " \"$@\"");

        try (BrowserSession session = BrowserFactory.of(new BrowserSettings(true, true, browser.executable(), null, null)).open()) {
            assertThat(session.driver().getTitle()).isNotNull();
        }

        assertThat(browser.started()).as("starts of the browser").isEqualTo(2);
    }

    @Test
    public void aBrowserThatNeverStartsFailsAfterItsTriesWithOneLine() throws Exception {
        FakeBrowser browser = FakeBrowser.that("exit 1");

        assertThatThrownBy(() -> BrowserFactory.of(new BrowserSettings(true, false, browser.executable(), null, null)).open())
                .isInstanceOf(BrowserSetupException.class)
                .hasMessageStartingWith("Chromium " + browser.executable() + " did not start with ")
                .hasMessageContaining(" (" + ChromeBrowserFactory.STARTS + " tries): ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(browser.started()).as("starts of the browser").isEqualTo(ChromeBrowserFactory.STARTS);
    }
}
