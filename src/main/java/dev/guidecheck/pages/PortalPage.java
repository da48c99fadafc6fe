package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;

import java.util.List;

/**
 * A developer portal page the guide only passes through (Manage Account, a key's report, the portal
 * home): recognised by its heading, with the tabs and links clickable.
 */
public final class PortalPage implements Screen, Clickable {

    static final List<String> KNOWN = List.of("Manage Account", "Key Report", "Infusionsoft Developer Keys", "Delete Key");
    private static final By TITLE = By.cssSelector("main.page h1");
    private final By main = By.cssSelector("main");
    private final By links = By.cssSelector("main a, main button");
    private final WebDriver driver;
    private final String heading;

    static final Signature SIGNATURE = Signature.heading(TITLE, KNOWN);

    public PortalPage(WebDriver driver) {
        this(driver, Waits.forPage(driver, "a developer portal page", SIGNATURE));
    }

    PortalPage(WebDriver driver, Screens.Recognised recognised) {
        this.driver = driver;
        this.heading = Labels.display(Find.first(driver, TITLE).orElseThrow(() -> new NoSuchElementException(
                "no heading " + TITLE + " on " + driver.getCurrentUrl())).text());
    }

    @Override
    public String name() {
        return heading;
    }

    @Override
    public By captureRegion() {
        return main;
    }

    @Override
    public List<String> visibleLabels() {
        return Find.texts(Find.candidates(driver, links));
    }

    @Override
    public Screen click(String label) {
        if (Find.isDestructive(label)) {
            throw new DestructiveActionRefusedException(label, name());
        }
        List<List<Candidate>> found = Find.each(driver, PortalTabs.TABS, links);
        Candidate target = Find.byText(found.get(0), label).orElseGet(() -> Find.byText(found.get(1), label, name()));
        Waits.navigation(driver, () -> Clicks.on(driver, target.element()));
        return Screens.current(driver);
    }
}
