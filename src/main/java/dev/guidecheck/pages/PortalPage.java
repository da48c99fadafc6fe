package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;

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

    public PortalPage(WebDriver driver) {
        this.driver = driver;
        Waits.forPage(driver, "a developer portal page", PortalPage::isShown);
        this.heading = Labels.display(driver.findElement(TITLE).getText());
    }

    static boolean isShown(WebDriver driver) {
        return KNOWN.stream().anyMatch(k -> Find.hasHeading(driver, TITLE, k));
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
        return Find.texts(driver.findElements(links));
    }

    @Override
    public Screen click(String label) {
        if (Find.isDestructive(label)) {
            throw new DestructiveActionRefusedException(label, name());
        }
        Optional<WebElement> tab = new PortalTabs(driver).tab(label);
        WebElement target = tab.orElseGet(() -> Find.byText(driver.findElements(links), label, name()));
        Waits.navigation(driver, target::click);
        return Screens.current(driver);
    }
}
