package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Application Settings: the list of settings categories and, once one is chosen, that category's
 * sections (the Application category holds the API section, lower down).
 */
public final class ApplicationSettingsPage extends AppShell implements Clickable, Sectioned {

    private static final By TITLE = By.cssSelector("main.app-main h1");
    private static final String TITLE_TEXT = "Application Settings";
    private final By categories = By.cssSelector(".settings-categories a");
    private final By currentCategory = By.cssSelector(".settings-categories a[aria-current=page]");
    private final By sectionHeadings = By.cssSelector("section.settings-section > h3");
    private final By content = By.cssSelector(".settings-layout");
    private final By notice = By.cssSelector("main.app-main .notice");

    public ApplicationSettingsPage(WebDriver driver) {
        super(driver, TITLE_TEXT);
        Waits.forPage(driver, TITLE_TEXT, ApplicationSettingsPage::isShown);
    }

    static boolean isShown(WebDriver driver) {
        return Find.hasHeading(driver, TITLE, TITLE_TEXT);
    }

    @Override
    public String name() {
        return currentCategory().map(c -> TITLE_TEXT + " > " + c).orElse(TITLE_TEXT);
    }

    @Override
    public By captureRegion() {
        return content;
    }

    @Override
    public List<String> visibleLabels() {
        List<String> labels = new ArrayList<>(categories());
        labels.addAll(sections());
        return labels;
    }

    /** The settings categories, as listed. */
    public List<String> categories() {
        return Find.texts(driver.findElements(categories));
    }

    /** The category shown, if one is chosen. */
    public Optional<String> currentCategory() {
        return driver.findElements(currentCategory).stream().map(e -> Labels.display(e.getText())).findFirst();
    }

    /** The section headings of the category shown. */
    public List<String> sections() {
        return Find.texts(driver.findElements(sectionHeadings));
    }

    /** The one-shot notice at the top ("Settings saved"), if any. */
    public Optional<String> notice() {
        return driver.findElements(notice).stream().map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).findFirst();
    }

    /** Clicks a settings category and returns its page. */
    @Override
    public Screen click(String category) {
        WebElement link = Find.byText(driver.findElements(categories), category, "the settings categories of " + TITLE_TEXT);
        Waits.navigation(driver, link::click);
        return Screens.current(driver);
    }

    /** Scrolls the named section of the current category into view; "API" gives the API section. */
    @Override
    public ApiSection section(String name) {
        WebElement heading = Find.byText(driver.findElements(sectionHeadings), name, "the sections of " + name());
        Find.scrollIntoView(driver, heading);
        return new ApiSection(driver, heading.getText().trim());
    }
}
