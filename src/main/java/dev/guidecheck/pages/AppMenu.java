package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The app menu that drops down from the logo button: columns (My Nav, CRM, ... Admin) of links, each with a footer. */
public final class AppMenu implements Screen {

    static final By PANEL = By.id("app-menu");
    private static final By LAUNCHER_AND_PANEL = By.id("nav-launcher");
    private static final By LAUNCHER_BUTTON = By.id("nav-launcher-button");
    private static final String HEADING = "heading";
    private static final String LINKS = "links";
    private static final String FOOTER = "footer";
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
        return Find.candidates(driver, PANEL).stream().anyMatch(Candidate::shown);
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
        for (Find.Group column : readColumns()) {
            labels.addAll(Find.texts(column.part(HEADING)));
            labels.addAll(Find.texts(column.part(LINKS)));
            labels.addAll(Find.texts(column.part(FOOTER)));
        }
        return labels.stream().distinct().toList();
    }

    /** The columns' headings, as shown. */
    public List<String> columns() {
        return headings(readColumns());
    }

    /**
     * A link of a column, found among the column's links and its footer (Reports | Settings). When the
     * column has no such link but another column has, that is a {@link LabelMovedException} naming it.
     */
    public MenuEntry entry(String column, String label) {
        List<Find.Group> columns = readColumns();
        Find.Group match = column(columns, column);
        List<Candidate> candidates = links(match);
        String shownHeading = Labels.display(match.first(HEADING).text());
        String where = "the " + shownHeading + " column of " + name();
        Optional<Candidate> link = Find.byText(candidates, label);
        if (link.isEmpty()) {
            List<String> elsewhere = columnsWith(columns, label);
            if (!elsewhere.isEmpty()) {
                String nowAt = "the " + String.join(", ", elsewhere) + " column" + (elsewhere.size() > 1 ? "s" : "")
                        + " (" + elsewhere.get(0) + " > " + label + ")";
                throw elsewhere.size() == 1 ? new LabelMovedException(label, where, nowAt, column, elsewhere.get(0))
                        : new LabelMovedException(label, where, nowAt);
            }
            throw new LabelNotFoundException(label, where, Find.texts(candidates));
        }
        return new MenuEntry(driver, link.get().element(), shownHeading + " > " + link.get().name());
    }

    /**
     * Every entry whose words are all words of a place the guide names, as "Column > Entry" paths with
     * the address each opens: "Application Settings" gives the Settings entry of every column.
     */
    public List<Map.Entry<String, String>> entriesNaming(String place) {
        List<String> placeWords = List.of(Labels.normalise(place).split(" "));
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (Find.Group column : readColumns()) {
            String heading = Labels.display(column.first(HEADING).textContent());
            for (Candidate link : links(column)) {
                String label = link.name();
                if (!label.isEmpty() && placeWords.containsAll(List.of(Labels.normalise(label).split(" ")))) {
                    entries.add(Map.entry(heading + ">" + label, link.href()));
                }
            }
        }
        return entries;
    }

    /** Closes the menu, leaving the page as it was before it opened. */
    public void close() {
        Clicks.on(driver, Find.first(driver, AppShell.LAUNCHER_BUTTON)
                .orElseThrow(() -> new NoSuchElementException("no app menu button " + AppShell.LAUNCHER_BUTTON)).element());
        Waits.until(driver, Waits.ELEMENT, d -> !isOpen(d));
    }

    /** Every column with its heading, links and footer links, read in one script. */
    private List<Find.Group> readColumns() {
        return Find.groups(driver, columns, Map.of(HEADING, heading, LINKS, columnLinks, FOOTER, footerLinks));
    }

    private static List<String> headings(List<Find.Group> columns) {
        return Find.texts(columns.stream().map(c -> c.first(HEADING)).toList());
    }

    private static List<Candidate> links(Find.Group column) {
        List<Candidate> links = new ArrayList<>(column.part(LINKS));
        links.addAll(column.part(FOOTER));
        return links;
    }

    private static List<String> columnsWith(List<Find.Group> columns, String label) {
        List<String> with = new ArrayList<>();
        for (Find.Group column : columns) {
            if (Find.byText(links(column), label).isPresent()) {
                // as written in the page (Admin), as a guide writes it, not as styled (ADMIN)
                with.add(Labels.display(column.first(HEADING).textContent()));
            }
        }
        return with;
    }

    private Find.Group column(List<Find.Group> columns, String name) {
        for (Find.Group column : columns) {
            if (Labels.same(column.first(HEADING).text(), name)) {
                return column;
            }
        }
        throw new LabelNotFoundException(name, "the columns of " + name(), headings(columns));
    }
}
