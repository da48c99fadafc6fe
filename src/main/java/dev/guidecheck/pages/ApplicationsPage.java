package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Applications tab: the developer's registered applications, each with an Edit link. */
public final class ApplicationsPage implements Screen, Clickable {

    private static final By TITLE = By.cssSelector("main h1");
    private static final String TITLE_TEXT = "My Applications";
    private final By main = By.cssSelector("main");
    private final By applications = By.cssSelector("section.application");
    private final By applicationName = By.cssSelector("h2");
    private final By applicationLinks = By.cssSelector("a");
    private final PortalTabs tabs;
    private final WebDriver driver;

    public ApplicationsPage(WebDriver driver) {
        this.driver = driver;
        this.tabs = new PortalTabs(driver);
        Waits.forPage(driver, TITLE_TEXT, ApplicationsPage::isShown);
    }

    static boolean isShown(WebDriver driver) {
        return Find.hasHeading(driver, TITLE, TITLE_TEXT);
    }

    @Override
    public String name() {
        return TITLE_TEXT;
    }

    @Override
    public By captureRegion() {
        return main;
    }

    @Override
    public List<String> visibleLabels() {
        List<String> labels = new ArrayList<>(tabs.labels());
        labels.addAll(applicationNames());
        driver.findElements(applications).stream().findFirst()
                .ifPresent(first -> labels.addAll(Find.texts(first.findElements(applicationLinks))));
        return labels;
    }

    public List<String> applicationNames() {
        return Find.texts(driver.findElements(applications).stream().map(a -> a.findElement(applicationName)).toList());
    }

    /** A tab, or a link of the first application ("Edit" opens its edit page). */
    @Override
    public Screen click(String label) {
        Optional<WebElement> tab = tabs.tab(label);
        if (tab.isPresent()) {
            return tabs.follow(tab.get());
        }
        if (Find.isDestructive(label)) {
            throw new DestructiveActionRefusedException(label, name());
        }
        List<WebElement> apps = driver.findElements(applications);
        if (apps.isEmpty()) {
            throw new LabelNotFoundException(label, name() + " (no applications listed)", tabs.labels());
        }
        WebElement link = Find.byText(apps.get(0).findElements(applicationLinks), label,
                "the first application (" + Labels.display(apps.get(0).findElement(applicationName).getText()) + ") of " + name());
        Waits.navigation(driver, link::click);
        return Screens.current(driver);
    }

    /** Opens the edit page of the application with this name. */
    public EditApplicationPage editApplication(String applicationName) {
        for (WebElement app : driver.findElements(applications)) {
            if (Labels.same(app.findElement(this.applicationName).getText(), applicationName)) {
                WebElement edit = Find.byText(app.findElements(applicationLinks), "Edit", "the application " + applicationName);
                Waits.navigation(driver, edit::click);
                return new EditApplicationPage(driver);
            }
        }
        throw new LabelNotFoundException(applicationName, "the applications of " + name(), applicationNames());
    }
}
