package dev.guidecheck.pages;

import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.Site;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes the pictures a person compares with the guide's screenshots: each screen's capture region
 * (as the guide's image shows it) and the whole page, under target/lookalike/.
 */
public class LookalikeTest {

    private static final Path OUT = Path.of("target", "lookalike");
    private Replica replica;
    private WebDriver driver;

    @BeforeClass
    public void takeTheBrowser() throws IOException {
        replica = Replica.shared();
        replica.reset();
        driver = TestBrowsers.session().driver();
        Files.createDirectories(OUT);
    }

    @Test
    public void captureEachScreenOfTheGuide() throws IOException {
        driver.get(replica.infusionsoftOrigin().toString());
        fullPage("home");
        SignInPage signIn = (SignInPage) new InfusionsoftHomePage(driver).logIn();
        fullPage("login");
        AppShell app = (AppShell) signIn.signIn(replica.account(Site.INFUSIONSOFT));
        fullPage("dashboard");
        AppMenu menu = app.openAppMenu();
        region(menu, "admin-settings");
        fullPage("app-menu");
        ApplicationSettingsPage settings = (ApplicationSettingsPage) menu.entry("Admin", "Settings").click();
        fullPage("settings");
        ApplicationSettingsPage application = (ApplicationSettingsPage) settings.click("Application");
        fullPage("settings-application");
        region(application.section("API"), "encrypted-key");

        driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys").toString());
        fullPage("portal-login");
        MyApiKeysPage keys = (MyApiKeysPage) new PortalSignInPage(driver).signIn(replica.account(Site.DEVELOPER_PORTAL));
        region(keys, "infusionsoft_creds");
        fullPage("mykeys");
        ApplicationsPage apps = (ApplicationsPage) keys.click("Applications");
        fullPage("myapps");
        apps.click("Edit");
        fullPage("edit-application");
        driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/").toString());
        new RegisterApplicationPage(driver);
        fullPage("register-application");

        assertThat(OUT.resolve("admin-settings.png")).isNotEmptyFile();
        assertThat(OUT.resolve("encrypted-key.png")).isNotEmptyFile();
        assertThat(OUT.resolve("infusionsoft_creds.png")).isNotEmptyFile();
    }

    private void region(Screen screen, String name) throws IOException {
        byte[] png = driver.findElement(screen.captureRegion()).getScreenshotAs(OutputType.BYTES);
        Files.write(OUT.resolve(name + ".png"), png);
    }

    private void fullPage(String name) throws IOException {
        Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(OUT.resolve("page-" + name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
