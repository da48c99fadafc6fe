package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Applications tab: the developer's registered applications, each with an Edit link. */
public final class ApplicationsPage implements Screen, Clickable {

    private static final By TITLE = By.cssSelector("main h1");
    static final String TITLE_TEXT = "My Applications";
    private final By main = By.cssSelector("main");
    private final By applications = By.cssSelector("section.application");
    private final By applicationName = By.cssSelector("h2");
    private final By applicationLinks = By.cssSelector("a");
    private static final String NAME = "name";
    private static final String LINKS = "links";
    private final PortalTabs tabs;
    private final WebDriver driver;

    static final Signature SIGNATURE = Signature.heading(TITLE, TITLE_TEXT);

    public ApplicationsPage(WebDriver driver) {
        this(driver, Waits.forPage(driver, TITLE_TEXT, SIGNATURE));
    }

    ApplicationsPage(WebDriver driver, Screens.Recognised recognised) {
        this.driver = driver;
        this.tabs = new PortalTabs(driver);
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
        List<Find.Group> apps = applications();
        labels.addAll(names(apps));
        apps.stream().findFirst().ifPresent(first -> labels.addAll(Find.texts(first.part(LINKS))));
        return labels;
    }

    public List<String> applicationNames() {
        return names(applications());
    }

    /** Every application with its name and links, read in one script. */
    private List<Find.Group> applications() {
        return Find.groups(driver, applications, Map.of(NAME, applicationName, LINKS, applicationLinks));
    }

    private static List<String> names(List<Find.Group> apps) {
        return Find.texts(apps.stream().map(a -> a.first(NAME)).toList());
    }

    /** A tab, or a link of the first application ("Edit" opens its edit page). */
    @Override
    public Screen click(String label) {
        Optional<Candidate> tab = tabs.tab(label);
        if (tab.isPresent()) {
            return tabs.follow(tab.get());
        }
        if (Find.isDestructive(label)) {
            throw new DestructiveActionRefusedException(label, name());
        }
        List<Find.Group> apps = applications();
        if (apps.isEmpty()) {
            throw new LabelNotFoundException(label, name() + " (no applications listed)", tabs.labels());
        }
        PageElement link = Find.byText(apps.get(0).part(LINKS), label,
                "the first application (" + Labels.display(apps.get(0).first(NAME).text()) + ") of " + name()).element();
        Waits.navigation(driver, () -> Clicks.on(driver, link));
        return Screens.current(driver);
    }

    /** Opens the edit page of the application with this name. */
    public EditApplicationPage editApplication(String applicationName) {
        for (Find.Group app : applications()) {
            if (Labels.same(app.first(NAME).text(), applicationName)) {
                PageElement edit = Find.byText(app.part(LINKS), "Edit", "the application " + applicationName).element();
                Waits.navigation(driver, () -> Clicks.on(driver, edit));
                return new EditApplicationPage(driver);
            }
        }
        throw new LabelNotFoundException(applicationName, "the applications of " + name(), applicationNames());
    }
}
