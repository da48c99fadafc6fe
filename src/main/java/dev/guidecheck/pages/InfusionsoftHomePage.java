package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;

/** The Infusionsoft public home page, where the guide's "Log in to your account at Infusionsoft" starts. */
public final class InfusionsoftHomePage implements Screen, Clickable {

    private static final By HEADER = By.cssSelector("header.site-header");
    private final By headerLinks = By.cssSelector("header.site-header a");
    private final By links = By.cssSelector("a, button");
    private final WebDriver driver;

    static final Signature SIGNATURE = Signature.present(HEADER).absent(By.cssSelector("input[type=password]"));

    public InfusionsoftHomePage(WebDriver driver) {
        this(driver, Waits.forPage(driver, "the Infusionsoft home page", SIGNATURE));
    }

    InfusionsoftHomePage(WebDriver driver, Screens.Recognised recognised) {
        this.driver = driver;
    }

    @Override
    public String name() {
        return "the Infusionsoft home page";
    }

    @Override
    public By captureRegion() {
        return By.tagName("body");
    }

    @Override
    public List<String> visibleLabels() {
        return Find.texts(Find.candidates(driver, links));
    }

    /**
     * The header's Log In link, by the words the guide and the site use. It lands on the sign-in
     * page, or straight in the app when the browser is already signed in.
     */
    public Screen logIn() {
        Waits.navigation(driver, () -> Clicks.on(driver,
                Find.byText(Find.candidates(driver, headerLinks), "Log In", "the header of " + name()).element()));
        return Screens.current(driver);
    }

    @Override
    public Screen click(String label) {
        Waits.navigation(driver, () -> Clicks.on(driver, Find.byText(Find.candidates(driver, links), label, name()).element()));
        return Screens.current(driver);
    }
}
