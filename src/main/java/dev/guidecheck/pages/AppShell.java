package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
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

    static final Signature SIGNATURE = Signature.present(LAUNCHER_BUTTON);

    public AppShell(WebDriver driver) {
        this(driver, Waits.forPage(driver, "the Infusionsoft app", SIGNATURE));
    }

    AppShell(WebDriver driver, Screens.Recognised recognised) {
        this.driver = driver;
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
        List<List<Candidate>> found = Find.each(driver, By.cssSelector("header.app-topbar .app-name"),
                By.cssSelector("main.app-main h1, main.app-main h2, main.app-main a"));
        List<String> labels = new ArrayList<>(Find.texts(found.get(0)));
        labels.addAll(Find.texts(found.get(1)));
        return labels;
    }

    /** Opens the app menu from the logo button at the top left. */
    public AppMenu openAppMenu() {
        List<List<Candidate>> found = Find.each(driver, topBar, launcherButton, AppMenu.PANEL);
        if (found.get(0).isEmpty() || found.get(1).isEmpty()) {
            throw new NoSuchElementException("no app top bar with its logo button (" + topBar + ", " + launcherButton + ")");
        }
        if (found.get(2).stream().noneMatch(Candidate::shown)) {
            Clicks.on(driver, found.get(1).get(0).element());
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
        List<List<Candidate>> found = Find.each(driver, By.cssSelector("main.app-main h1"), main);
        return found.get(0).stream().map(e -> e.text().trim()).findFirst()
                .orElse(found.get(1).isEmpty() ? "" : driver.getTitle());
    }
}
