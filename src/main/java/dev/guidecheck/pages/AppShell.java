package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The app menu entry ("Admin>Settings") that opens the named place, found one click away: each
     * entry whose words are all in the place's name is followed, and the browser comes back here.
     * An entry landing exactly on the place beats one landing inside it (Application Settings > Contacts).
     */
    public Optional<String> menuPathTo(String place) {
        String here = driver.getCurrentUrl();
        AppMenu menu = openAppMenu();
        List<Map.Entry<String, String>> entries = menu.entriesNaming(place);
        menu.close();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        String exact = null;
        String inside = null;
        try {
            for (Map.Entry<String, String> entry : entries) {
                Waits.navigation(driver, () -> driver.navigate().to(entry.getValue()));
                String landed = Screens.current(driver).name();
                if (Labels.same(landed, place)) {
                    exact = entry.getKey();
                    break;
                }
                if (inside == null && Labels.normalise(landed).startsWith(Labels.normalise(place))) {
                    inside = entry.getKey();
                }
            }
        } finally {
            Waits.navigation(driver, () -> driver.navigate().to(here));
        }
        return Optional.ofNullable(exact != null ? exact : inside);
    }

    /** The main heading of the page, for messages. */
    public String heading() {
        return driver.findElements(By.cssSelector("main.app-main h1")).stream().map(e -> e.getText().trim()).findFirst()
                .orElse(driver.findElements(main).isEmpty() ? "" : driver.getTitle());
    }
}
