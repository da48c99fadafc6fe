package dev.guidecheck;

import dev.guidecheck.evidence.ScreenshotMode;
import org.testng.annotations.Test;

import static dev.guidecheck.TestSettings.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class ScreenshotSettingsTest {

    @Test
    public void byDefaultImagesAreCheckedAndAChangeNeverFailsTheRun() {
        Settings settings = with();
        assertThat(settings.screenshots()).isEqualTo(ScreenshotMode.CHECK);
        assertThat(settings.screenshotThreshold()).isEqualTo(0.001);
        assertThat(settings.screenshotFailAbove()).isEqualTo(1.0);
    }

    @Test
    public void theModeAndSharesAreRead() {
        Settings settings = with("guidecheck.screenshots", "Refresh", "guidecheck.screenshots.threshold", "0",
                "guidecheck.screenshots.failAbove", "0.25");
        assertThat(settings.screenshots()).isEqualTo(ScreenshotMode.REFRESH);
        assertThat(settings.screenshotThreshold()).isZero();
        assertThat(settings.screenshotFailAbove()).isEqualTo(0.25);
    }

    @Test
    public void aBadValueFailsWithOneLineNamingTheSetting() {
        assertThatThrownBy(() -> with("guidecheck.screenshots", "sometimes"))
                .hasMessage("guidecheck.screenshots: \"sometimes\" is not one of [check, refresh, off]");
        assertThatThrownBy(() -> with("guidecheck.screenshots.threshold", "lots"))
                .hasMessageStartingWith("guidecheck.screenshots.threshold: \"lots\" is not a number");
        assertThatThrownBy(() -> with("guidecheck.screenshots.failAbove", "1.5"))
                .hasMessage("guidecheck.screenshots.failAbove: 1.5 is not between 0 and 1 (a share of pixels)");
        assertThatThrownBy(() -> with("guidecheck.screenshots.threshold", "NaN"))
                .hasMessageStartingWith("guidecheck.screenshots.threshold: NaN is not between 0 and 1");
    }
}
