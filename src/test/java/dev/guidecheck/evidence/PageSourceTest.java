package dev.guidecheck.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guidecheck.browser.TestBrowsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.testng.annotations.Test;

public class PageSourceTest {

    @Test
    public void passwordValuesAreRemovedAndOtherInputsKept() {
        String html = "<form><input type=\"password\" name=\"pw\" value=\"s3cr3t!\">"
                + "<INPUT TYPE=PASSWORD VALUE='other' data-value=\"kept\"/>"
                + "<input type=\"text\" name=\"user\" value=\"ada\">"
                + "<input title=\"a > b\" type='password' value=\"x>y\"></form>";

        String scrubbed = PageSource.scrub(html, new SecretScrubber());

        assertThat(scrubbed).doesNotContain("s3cr3t!", "'other'", "x>y")
                .contains("<input type=\"password\" name=\"pw\">")
                .contains("data-value=\"kept\"")
                .contains("<input type=\"text\" name=\"user\" value=\"ada\">")
                .contains("<input title=\"a > b\" type='password'>");
    }

    @Test
    public void registeredSecretsAreMaskedAnywhereInTheSource() {
        SecretScrubber secrets = new SecretScrubber();
        secrets.register("47d2f0c1a9b84e6f");

        String scrubbed = PageSource.scrub("<p>Your key: 47d2f0c1a9b84e6f</p>", secrets);

        assertThat(scrubbed).isEqualTo("<p>Your key: [secret: 47d…]</p>");
    }

    @Test
    public void aLivePageSourceLosesItsSecrets() {
        SecretScrubber secrets = new SecretScrubber();
        secrets.register("encrypted-key-1234");
        WebDriver driver = TestBrowsers.session().driver();
        driver.get("data:text/html,<input id='pw' type='password' value='typed-by-the-page'>"
                + "<p>encrypted-key-1234</p>");
        driver.findElement(By.id("pw")).sendKeys("more");

        String source = PageSource.scrubbed(driver, secrets);

        assertThat(source).doesNotContain("typed-by-the-page", "encrypted-key-1234", "more")
                .contains("[secret: enc…]");
    }
}
