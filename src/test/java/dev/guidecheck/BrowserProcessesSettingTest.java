package dev.guidecheck;

import dev.guidecheck.Settings.BrowserProcesses;
import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSettings;
import org.testng.annotations.Test;

import java.nio.file.Path;

import static dev.guidecheck.TestSettings.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * guidecheck.browser.processes: a headless Chromium runs as one process unless told otherwise, and a browser that
 * does not start that way says which setting starts it the usual way.
 */
public class BrowserProcessesSettingTest {

    @Test
    public void oneProcessByDefaultAndManyWhenAsked() {
        assertThat(with().browserProcesses()).isEqualTo(BrowserProcesses.ONE);
        assertThat(with("guidecheck.browser.processes", "Many").browserProcesses()).isEqualTo(BrowserProcesses.MANY);
    }

    @Test
    public void aBadValueFailsWithOneLineNamingTheSetting() {
        assertThatThrownBy(() -> with("guidecheck.browser.processes", "two"))
                .hasMessage("guidecheck.browser.processes: \"two\" is not one of [one, many]");
    }

    @Test
    public void aBrowserThatDoesNotStartAsOneProcessNamesTheSettingThatStartsItAsMany() {
        // /bin/false stands for a browser build that exits at once when started as one process.
        assertThatThrownBy(() -> BrowserFactory.of(new BrowserSettings(true, true, Path.of("/bin/false"),
                null, null)).open())
                .hasMessageContaining("did not start with")
                .hasMessageEndingWith("(it was started as one process; if this browser does not run that way,"
                        + " -Dguidecheck.browser.processes=many)");
        assertThatThrownBy(() -> BrowserFactory.of(new BrowserSettings(true, false, Path.of("/bin/false"),
                null, null)).open())
                .hasMessageContaining("did not start with")
                .hasMessageNotContaining("guidecheck.browser.processes");
    }
}
