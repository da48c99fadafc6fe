package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;

/** Any page of the Infusionsoft app: the dark top bar with the logo button that opens the app menu. */
public class AppShell implements Screen {

    static final By LAUNCHER_BUTTON = By.id("nav-launcher-button");
    private final By topBar = By.cssSelector("header.app-topbar");
    private final By launcherButton = LAUNCHER_BUTTON;
    private final By main = By.cssSelector("main.app-main");
    protected final WebDriver driver;

    public AppShell(WebDriver driver) {
        this(driver, "the Infusionsoft app");
    }

    protected AppShell(WebDriver driver, String expected) {
        this.driver = driver;
        Waits.forPage(driver, expected, AppShell::isShown);
    }

    static boolean isShown(WebDriver driver) {
        return !driver.findElements(LAUNCHER_BUTTON).isEmpty();
    }

    @Override
    public String name() {
        return "the Infusionsoft app";
    }

    @Override
    public By captureRegion() {
        return By.tagName("body");
    }

    @Override
    public List<String> visibleLabels() {
        List<String> labels = new ArrayList<>(Find.texts(driver.findElements(By.cssSelector("header.app-topbar .app-name"))));
        labels.addAll(Find.texts(driver.findElements(By.cssSelector("main.app-main h1, main.app-main h2, main.app-main a"))));
        return labels;
    }

    /** Opens the app menu from the logo button at the top left. */
    public AppMenu openAppMenu() {
        driver.findElement(topBar);
        if (!AppMenu.isOpen(driver)) {
            driver.findElement(launcherButton).click();
        }
        return new AppMenu(driver);
    }

    /** The main heading of the page, for messages. */
    public String heading() {
        return driver.findElements(By.cssSelector("main.app-main h1")).stream().map(e -> e.getText().trim()).findFirst()
                .orElse(driver.findElements(main).isEmpty() ? "" : driver.getTitle());
    }
}
