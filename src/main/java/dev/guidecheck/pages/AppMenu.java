package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * A link of a column, found among the column's links and its footer (Reports | Settings). When the
     * column has no such link but another column has, that is a {@link LabelMovedException} naming it.
     */
    public MenuEntry entry(String column, String label) {
        WebElement match = column(column);
        List<WebElement> candidates = links(match);
        String where = "the " + Labels.display(match.findElement(heading).getText()) + " column of " + name();
        Optional<WebElement> link = Find.byText(candidates, label);
        if (link.isEmpty()) {
            List<String> elsewhere = columnsWith(label);
            if (!elsewhere.isEmpty()) {
                throw new LabelMovedException(label, where, "the " + String.join(", ", elsewhere) + " column"
                        + (elsewhere.size() > 1 ? "s" : "") + " (" + elsewhere.get(0) + " > " + label + ")");
            }
            throw new LabelNotFoundException(label, where, Find.texts(candidates));
        }
        return new MenuEntry(driver, link.get(), Labels.display(match.findElement(heading).getText()) + " > "
                + Find.name(link.get()));
    }

    /**
     * Every entry whose words are all words of a place the guide names, as "Column > Entry" paths with
     * the address each opens: "Application Settings" gives the Settings entry of every column.
     */
    public List<Map.Entry<String, String>> entriesNaming(String place) {
        List<String> placeWords = List.of(Labels.normalise(place).split(" "));
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (WebElement column : driver.findElements(columns)) {
            String heading = Labels.display(column.findElement(this.heading).getDomProperty("textContent"));
            for (WebElement link : links(column)) {
                String label = Find.name(link);
                if (!label.isEmpty() && placeWords.containsAll(List.of(Labels.normalise(label).split(" ")))) {
                    entries.add(Map.entry(heading + ">" + label, link.getDomProperty("href")));
                }
            }
        }
        return entries;
    }

    /** Closes the menu, leaving the page as it was before it opened. */
    public void close() {
        driver.findElement(AppShell.LAUNCHER_BUTTON).click();
        Waits.until(driver, Waits.ELEMENT, d -> !isOpen(d));
    }

    private List<WebElement> links(WebElement column) {
        List<WebElement> links = new ArrayList<>(column.findElements(columnLinks));
        links.addAll(column.findElements(footerLinks));
        return links;
    }

    private List<String> columnsWith(String label) {
        List<String> with = new ArrayList<>();
        for (WebElement column : driver.findElements(columns)) {
            if (Find.byText(links(column), label).isPresent()) {
                // as written in the page (Admin), as a guide writes it, not as styled (ADMIN)
                with.add(Labels.display(column.findElement(heading).getDomProperty("textContent")));
            }
        }
        return with;
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
