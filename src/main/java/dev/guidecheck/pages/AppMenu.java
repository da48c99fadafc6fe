package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

/** The app menu that drops down from the logo button: columns (My Nav, CRM, ... Admin) of links, each with a footer. */
public final class AppMenu implements Screen {

    private static final By PANEL = By.id("app-menu");
    private static final By LAUNCHER_AND_PANEL = By.id("nav-launcher");
    private static final By LAUNCHER_BUTTON = By.id("nav-launcher-button");
    private final By columns = By.cssSelector("#app-menu .app-menu-column");
    private final By heading = By.cssSelector(".app-menu-heading");
    private final By columnLinks = By.cssSelector(".app-menu-links a, .my-nav a");
    private final By footerLinks = By.cssSelector(".app-menu-footer a");
    private final WebDriver driver;

    AppMenu(WebDriver driver) {
        this.driver = driver;
        Waits.visible(driver, PANEL);
    }

    static boolean isOpen(WebDriver driver) {
        return driver.findElements(PANEL).stream().anyMatch(WebElement::isDisplayed);
    }

    @Override
    public String name() {
        return "the app menu";
    }

    /** The logo button and the open panel, as admin-settings.png shows them. */
    @Override
    public By captureRegion() {
        return LAUNCHER_AND_PANEL;
    }

    /** The open menu with the logo button that opened it boxed. */
    @Override
    public CaptureSpec capture() {
        return new CaptureSpec(List.of(LAUNCHER_AND_PANEL), List.of(LAUNCHER_BUTTON), secretFields());
    }

    /**
     * admin-settings.png: the open menu, the logo button that opened it and the entry about to be clicked
     * (ADMIN's Settings) each boxed.
     */
    static CaptureSpec captureBeforeClicking(By entry) {
        return new CaptureSpec(List.of(LAUNCHER_AND_PANEL), List.of(LAUNCHER_BUTTON, entry), List.of());
    }

    @Override
    public List<String> visibleLabels() {
        List<String> labels = new ArrayList<>();
        for (WebElement column : driver.findElements(columns)) {
            labels.addAll(Find.texts(column.findElements(heading)));
            labels.addAll(Find.texts(column.findElements(columnLinks)));
            labels.addAll(Find.texts(column.findElements(footerLinks)));
        }
        return labels.stream().distinct().toList();
    }

    /** The columns' headings, as shown. */
    public List<String> columns() {
        return Find.texts(driver.findElements(columns).stream().map(c -> c.findElement(heading)).toList());
    }

    /** A link of a column, found among the column's links and its footer (Reports | Settings). */
    public MenuEntry entry(String column, String label) {
        WebElement match = column(column);
        List<WebElement> candidates = new ArrayList<>(match.findElements(columnLinks));
        candidates.addAll(match.findElements(footerLinks));
        String where = "the " + Labels.display(match.findElement(heading).getText()) + " column of " + name();
        WebElement link = Find.byText(candidates, label, where);
        return new MenuEntry(driver, link, Labels.display(match.findElement(heading).getText()) + " > " + Labels.display(link.getText()));
    }

    private WebElement column(String name) {
        for (WebElement column : driver.findElements(columns)) {
            if (Labels.same(column.findElement(heading).getText(), name)) {
                return column;
            }
        }
        throw new LabelNotFoundException(name, "the columns of " + name(), columns());
    }
}
