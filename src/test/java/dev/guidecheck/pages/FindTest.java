package dev.guidecheck.pages;

import dev.guidecheck.browser.Locators;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.ReplicaProfiles;
import dev.guidecheck.replica.Site;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookup script describes every element as WebDriver itself would, one command per element: shown as
 * {@code isDisplayed()}, the same visible text as {@code getText()}, and so the same name. The findings'
 * "nearest labels" depend on it, so every page the guides visit is compared, menus open, in the profiles
 * that change what the page objects look at. WebDriver is asked about each element once: an element a page
 * shares with one compared before (the app's top bar and closed menu, the portal's header), the same markup
 * in the same place under the same styles and described the same, has had its answers.
 */
public class FindTest {

    private static final String NAMED_CSS = "a, button, label, th, td, h1, h2, h3, h4, li, abbr, [role=button],"
            + " input[type=submit], input[type=button], .app-name, .notice, .form-error, .app-menu-heading";
    /** Everything a page object names or reads. */
    private static final By NAMED = By.cssSelector(NAMED_CSS);

    /**
     * Per element of {@link #NAMED}, in page order: its markup, the opening tag of each ancestor, and the page's
     * style sheets; what its rendering, and so WebDriver's answers, depend on.
     */
    private static final String PLACES = String.join("\n",
            "const opening = n => '<' + n.tagName + Array.from(n.attributes).map(a => ' ' + a.name + '=\"' + a.value + '\"').join('') + '>';",
            "const styles = Array.from(document.styleSheets).map(s => s.href ? new URL(s.href).pathname : s.ownerNode.textContent).join('\\n');",
            "return Array.from(document.querySelectorAll(arguments[0])).map(e => {",
            "  const ancestors = [];",
            "  for (let n = e.parentElement; n; n = n.parentElement) { ancestors.push(opening(n)); }",
            "  return [e.outerHTML, ancestors.join(''), styles].join('\\n');",
            "});");

    private WebDriver driver;
    /** Elements WebDriver was asked about, by place and description. */
    private final Set<String> compared = new HashSet<>();

    @BeforeClass
    public void takeTheBrowser() {
        driver = TestBrowsers.session().driver();
    }

    @BeforeMethod
    public void cleanSlate() {
        driver = TestBrowsers.session().driver();
    }

    @Test
    public void theFaithfulSitesAreDescribedAsWebDriverSeesThem() {
        Replica replica = replica(ReplicaProfiles.FAITHFUL);
        driver.get(replica.infusionsoftOrigin().toString());
        assertSameAsWebDriver("the home page");
        SignInPage signIn = (SignInPage) new InfusionsoftHomePage(driver).logIn();
        assertSameAsWebDriver("the sign-in page");
        AppShell app = (AppShell) signIn.signIn(replica.account(Site.INFUSIONSOFT));
        assertSameAsWebDriver("the dashboard");
        app.openAppMenu();
        assertSameAsWebDriver("the dashboard with the app menu open");
        driver.get(replica.whereIs(Site.INFUSIONSOFT, "/app/settings").toString());
        assertSameAsWebDriver("Application Settings");
        driver.get(replica.whereIs(Site.INFUSIONSOFT, "/app/settings/application").toString());
        assertSameAsWebDriver("Application Settings > Application");

        driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys").toString());
        assertSameAsWebDriver("the portal's sign-in page");
        new PortalSignInPage(driver).signIn(replica.account(Site.DEVELOPER_PORTAL));
        assertSameAsWebDriver("My API Keys");
        for (String path : List.of("/apps/myapps", "/apps/myapps/1/edit", "/apps/")) {
            driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, path).toString());
            assertSameAsWebDriver(path);
        }
    }

    @Test
    public void iconLinksHiddenSecretsAndProfileMenusAreDescribedAsWebDriverSeesThem() {
        Replica renamed = replica("portal-tabs-renamed");
        signInToPortal(renamed, "/apps/myapps");
        assertSameAsWebDriver("My Applications with Edit as an icon");

        Replica hidden = replica("secret-hidden");
        signInToPortal(hidden, "/apps/mykeys");
        assertSameAsWebDriver("My API Keys with the secret behind Show");

        Replica keap = replica("keap-2020");
        signInToPortal(keap, "/apps/mykeys");
        assertSameAsWebDriver("the 2020 portal");
        WebElement opener = driver.findElement(By.cssSelector("header [aria-haspopup][aria-controls]"));
        opener.click();
        Waits.visible(driver, By.id(opener.getDomAttribute("aria-controls")));
        assertSameAsWebDriver("the 2020 portal with its profile menu open");
    }

    private Replica replica(String profile) {
        Replica replica = Replica.shared(ReplicaProfiles.named(profile).orElseThrow());
        replica.reset();
        return replica;
    }

    private void signInToPortal(Replica replica, String path) {
        driver = TestBrowsers.session().driver();
        driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, path).toString());
        new PortalSignInPage(driver).signIn(replica.account(Site.DEVELOPER_PORTAL));
    }

    private void assertSameAsWebDriver(String page) {
        List<Candidate> described = Find.candidates(driver, NAMED);
        List<WebElement> found = driver.findElements(NAMED);
        List<?> places = (List<?>) ((JavascriptExecutor) driver).executeScript(PLACES, NAMED_CSS);
        assertThat(found).as(page).isNotEmpty();
        assertThat(described).as(page).hasSameSizeAs(found).hasSameSizeAs(places);
        // Each element the script gave out (as a number, on the DevTools channel) is the one WebDriver finds there.
        assertThat(((JavascriptExecutor) driver).executeScript(Locators.ELEMENTS
                + "\nreturn arguments[0].map((e, i) => elementNumbered(arguments[1][i]." + Locators.DOCUMENT_KEY
                + ", arguments[1][i]." + Locators.ELEMENT_KEY + ") === e);",
                found, described.stream().map(c -> c.element().argument()).toList()))
                .as(page).isEqualTo(java.util.Collections.nCopies(found.size(), true));
        List<String> script = new ArrayList<>();
        List<String> webDriver = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate c = described.get(i);
            WebElement e = found.get(i);
            String description = c.tag() + " " + c.shown() + " [" + c.name() + "] [" + Labels.display(c.text()) + "]";
            if (!compared.add(places.get(i) + "\n" + description)) {
                continue;
            }
            script.add(description);
            String text = Labels.display(e.getText());
            webDriver.add(e.getTagName().toLowerCase(java.util.Locale.ROOT) + " " + e.isDisplayed() + " ["
                    + nameAsWebDriverGivesIt(e, text) + "] [" + text + "]");
        }
        System.out.println("FindTest: " + page + ": " + script.size() + " of " + found.size() + " elements compared");
        assertThat(script).as(page).containsExactlyElementsOf(webDriver);
    }

    /** What the page objects called an element before the lookup script, one WebDriver command per property. */
    private static String nameAsWebDriverGivesIt(WebElement element, String text) {
        if (!text.isEmpty()) {
            return text;
        }
        for (String attribute : List.of("aria-label", "title")) {
            String value = element.getDomAttribute(attribute);
            if (value != null && !value.isBlank()) {
                return Labels.display(value);
            }
        }
        for (WebElement image : element.findElements(By.cssSelector("img[alt]"))) {
            String alt = image.getDomAttribute("alt");
            if (alt != null && !alt.isBlank()) {
                return Labels.display(alt);
            }
        }
        return "";
    }
}
