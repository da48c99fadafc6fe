package dev.guidecheck.pages;

import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.Site;
import org.openqa.selenium.WebDriver;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every procedure of the guide, walked through the page objects on the replica in headless Chromium. */
public class PagesTest {

    private Replica replica;
    private WebDriver driver;

    @BeforeClass
    public void takeTheBrowser() {
        replica = Replica.shared();
        driver = TestBrowsers.session().driver();
    }

    @BeforeMethod
    public void cleanSlate() {
        replica.reset();
        driver = TestBrowsers.session().driver();
    }

    @Test
    public void findTheEncryptedKeyThroughAdminSettings() {
        ApiSection api = apiSection();
        String key = api.read("Encrypted Key");
        assertThat(key).matches("[0-9a-f]{32}").isEqualTo(replica.state().encryptedKey());
        assertThat(api.isSecret("Encrypted Key")).isTrue();
        assertThat(api.isSecret("API Passphrase")).isTrue();
        assertThat(api.isSecret("Allowed IP List")).isFalse();
        assertThat(api.visibleLabels()).contains("API Passphrase", "Encrypted Key", "Allowed IP List", "Save");
    }

    @Test
    public void savingAPassphraseGeneratesANewEncryptedKey() {
        ApiSection api = apiSection();
        String before = api.read("Encrypted Key");
        Screen after = api.enter("API Passphrase", "a passphrase for the docs").click("Save");
        assertThat(after).isInstanceOf(ApiSection.class);
        String key = ((ApiSection) after).read("Encrypted Key");
        assertThat(key).matches("[0-9a-f]{32}").isNotEqualTo(before).isEqualTo(replica.state().encryptedKey());
        assertThat(new ApplicationSettingsPage(driver).notice()).hasValue("Settings saved");
    }

    @Test
    public void appMenuListsTheColumnsOfTheScreenshot() {
        AppMenu menu = signedInApp().openAppMenu();
        assertThat(menu.columns()).extracting(String::toUpperCase)
                .containsExactly("MY NAV", "CRM", "MARKETING", "E-COMMERCE", "ADMIN");
        assertThat(menu.visibleLabels()).contains("Branding Center", "Billing & Account Info", "Users", "Import Data",
                "Data Cleanup", "Reports", "Settings", "Edit", "Customize Now");
    }

    @Test
    public void findOAuthCredentialsAndCallbackUrl() {
        driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys").toString());
        Screen landed = new PortalSignInPage(driver).signIn(replica.account(Site.DEVELOPER_PORTAL));
        assertThat(landed).isInstanceOf(MyApiKeysPage.class);
        MyApiKeysPage keys = (MyApiKeysPage) landed;
        var seeded = replica.state().applications().get(0);
        assertThat(keys.read("client_id")).isEqualTo(seeded.clientId()).matches("[a-z0-9]{24}");
        assertThat(keys.read("client_secret")).isEqualTo(seeded.clientSecret()).matches("[A-Za-z0-9]{10}");
        assertThat(keys.read("Application")).isEqualTo("Awesome Docs app");
        assertThat(keys.read("Status")).isEqualTo("active");
        assertThat(keys.read("Created")).isEqualTo("2 hours ago");
        assertThat(keys.isSecret("client_secret")).isTrue();
        assertThat(keys.keyHeadings()).containsExactly("Production: Infusionsoft CRM: Basic Plan");

        Screen applications = keys.click("Applications");
        assertThat(applications).isInstanceOf(ApplicationsPage.class);
        Screen edit = ((ApplicationsPage) applications).click("Edit");
        assertThat(edit).isInstanceOf(EditApplicationPage.class);
        EditApplicationPage form = (EditApplicationPage) edit;
        form.scrollTo("Register Callback URL");
        assertThat(form.read("Register Callback URL")).isEqualTo("https://example.com/oauth/callback");
    }

    @Test
    public void savingAnEditedApplicationKeepsItsCallbackUrl() {
        ApplicationsPage applications = (ApplicationsPage) signedInPortal().click("Applications");
        EditApplicationPage edit = applications.editApplication("Awesome Docs app");
        edit.enter("Description", "Edited by the page-object test.");
        Screen saved = edit.click("Save");
        assertThat(saved).isInstanceOf(ApplicationsPage.class);
        EditApplicationPage again = ((ApplicationsPage) saved).editApplication("Awesome Docs app");
        assertThat(again.read("Register Callback URL")).isEqualTo("https://example.com/oauth/callback");
        assertThat(again.read("Description")).isEqualTo("Edited by the page-object test.");
    }

    @Test
    public void createAnApplication() {
        driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/").toString());
        Screen landed = new PortalSignInPage(driver).signIn(replica.account(Site.DEVELOPER_PORTAL));
        assertThat(landed).isInstanceOf(RegisterApplicationPage.class);
        RegisterApplicationPage register = (RegisterApplicationPage) landed;
        register.completeRequiredInformation();
        assertThat(register.read("Name of your application")).isEqualTo("Awesome Docs app");
        assertThat(register.read("Web Site")).isEqualTo("https://example.com/");
        assertThat(register.read("Description")).isEmpty();
        register.enter("Register Callback URL", "https://example.com/oauth/created");
        Screen keys = register.click("Register Application");
        assertThat(keys).isInstanceOf(MyApiKeysPage.class);
        MyApiKeysPage myKeys = (MyApiKeysPage) keys;
        var newest = replica.state().applications().get(0);
        assertThat(newest.callbackUrl()).isEqualTo("https://example.com/oauth/created");
        assertThat(myKeys.keyCount()).isEqualTo(2);
        assertThat(myKeys.read("client_id")).isEqualTo(newest.clientId());
        assertThat(myKeys.read("client_secret")).isEqualTo(newest.clientSecret());
        assertThat(myKeys.read("Created")).isEqualTo("less than a minute ago");
    }

    @Test
    public void registeringWithoutRequiredInformationStaysOnTheForm() {
        signedInPortal();
        driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/").toString());
        RegisterApplicationPage register = new RegisterApplicationPage(driver);
        register.enter("Name of your application", "x").enter("Web Site", "not a web address");
        Screen again = register.click("Register Application");
        assertThat(again).isInstanceOf(RegisterApplicationPage.class);
        assertThat(((RegisterApplicationPage) again).errorMessage()).hasValueSatisfying(m -> assertThat(m).contains("Web Site"));
    }

    @Test
    public void aMisspelledCategorySaysWhatIsThere() {
        ApplicationSettingsPage settings = adminSettings();
        assertThatThrownBy(() -> settings.click("Aplication"))
                .isInstanceOfSatisfying(LabelNotFoundException.class, e -> {
                    assertThat(e.label()).isEqualTo("Aplication");
                    assertThat(e.where()).isEqualTo("the settings categories of Application Settings");
                    assertThat(e.found()).startsWith("Application", "Company");
                })
                .hasMessage("no \"Aplication\" in the settings categories of Application Settings; nearest: \"Application\"");
    }

    @Test
    public void aMissingMenuEntryOrColumnSaysWhatIsThere() {
        AppMenu menu = signedInApp().openAppMenu();
        assertThatThrownBy(() -> menu.entry("Admin", "Setings"))
                .isInstanceOfSatisfying(LabelNotFoundException.class, e -> assertThat(e.found())
                        .contains("Branding Center", "Data Cleanup", "Reports", "Settings"))
                .hasMessageContaining("the ADMIN column of the app menu");
        assertThatThrownBy(() -> menu.entry("Administration", "Settings"))
                .isInstanceOfSatisfying(LabelNotFoundException.class, e -> assertThat(e.found()).hasSize(5)
                        .extracting(String::toUpperCase).contains("ADMIN"));
    }

    @Test
    public void labelsMatchIgnoringCaseSpacesAndTrailingColons() {
        ApiSection api = apiSection();
        assertThat(api.read("  encrypted   KEY: ")).isEqualTo(api.read("Encrypted Key"));
        assertThatThrownBy(() -> api.read("Encrypted Keys")).isInstanceOf(LabelNotFoundException.class)
                .hasMessageEndingWith("; nearest: \"Encrypted Key\"");
    }

    @Test
    public void deleteKeyIsRefused() {
        MyApiKeysPage keys = signedInPortal();
        assertThatThrownBy(() -> keys.click("Delete Key")).isInstanceOf(DestructiveActionRefusedException.class);
        assertThat(replica.state().applications()).hasSize(1);
        assertThat(keys.click("View Report")).isInstanceOf(PortalPage.class);
    }

    @Test
    public void aWrongPasswordStaysOnTheSignInPage() {
        driver.get(replica.infusionsoftOrigin().toString());
        SignInPage signIn = (SignInPage) new InfusionsoftHomePage(driver).logIn();
        Screen again = signIn.signIn(new dev.guidecheck.Account(replica.account(Site.INFUSIONSOFT).username(), "wrong"));
        assertThat(again).isInstanceOf(SignInPage.class);
        assertThat(((SignInPage) again).errorMessage()).hasValue("The email or password you entered is incorrect.");
    }

    @Test
    public void aPageObjectOnTheWrongPageSaysWhatTheBrowserShows() {
        driver.get(replica.infusionsoftOrigin().toString());
        assertThatThrownBy(() -> new MyApiKeysPage(driver)).isInstanceOf(WrongPageException.class)
                .hasMessageContaining("expected My API Keys").hasMessageContaining(replica.infusionsoftOrigin().toString());
    }

    private AppShell signedInApp() {
        driver.get(replica.infusionsoftOrigin().toString());
        Screen home = new InfusionsoftHomePage(driver).click("Log In");
        assertThat(home).isInstanceOf(SignInPage.class);
        Screen landed = ((SignInPage) home).signIn(replica.account(Site.INFUSIONSOFT));
        assertThat(landed).isInstanceOf(AppShell.class);
        return (AppShell) landed;
    }

    private ApplicationSettingsPage adminSettings() {
        Screen settings = signedInApp().openAppMenu().entry("Admin", "Settings").click();
        assertThat(settings).isInstanceOf(ApplicationSettingsPage.class);
        return (ApplicationSettingsPage) settings;
    }

    private ApiSection apiSection() {
        Screen application = adminSettings().click("Application");
        assertThat(application).isInstanceOf(ApplicationSettingsPage.class);
        return ((ApplicationSettingsPage) application).section("API");
    }

    private MyApiKeysPage signedInPortal() {
        driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys").toString());
        return (MyApiKeysPage) new PortalSignInPage(driver).signIn(replica.account(Site.DEVELOPER_PORTAL));
    }
}
