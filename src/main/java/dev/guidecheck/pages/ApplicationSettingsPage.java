package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Application Settings: the list of settings categories and, once one is chosen, that category's
 * sections (the Application category holds the API section, lower down). Recognised by its list of
 * categories, not its title, so a renamed page ("Settings") is still this page and findings can say so.
 */
public final class ApplicationSettingsPage extends AppShell implements Clickable, Sectioned {

    private static final By TITLE = By.cssSelector("main.app-main h1");
    private static final By CATEGORIES = By.cssSelector(".settings-categories a");
    private final By categories = CATEGORIES;
    private final By currentCategory = By.cssSelector(".settings-categories a[aria-current=page]");
    private final By sectionHeadings = By.cssSelector("section.settings-section > h3");
    private final By content = By.cssSelector(".settings-layout");
    private final By notice = By.cssSelector("main.app-main .notice");

    /** An app page (the top bar), with a title and a list of categories. */
    static final Signature SIGNATURE = AppShell.SIGNATURE.and(Signature.present(TITLE, CATEGORIES));

    public ApplicationSettingsPage(WebDriver driver) {
        this(driver, Waits.forPage(driver, "Application Settings", SIGNATURE));
    }

    ApplicationSettingsPage(WebDriver driver, Screens.Recognised recognised) {
        super(driver, recognised);
    }

    @Override
    public String name() {
        List<List<Candidate>> found = Find.each(driver, currentCategory, TITLE);
        String title = title(found.get(1));
        return currentCategory(found.get(0)).map(c -> title + " > " + c).orElse(title);
    }

    /** The page's title as shown: "Application Settings" in 2017. */
    public String title() {
        return title(Find.candidates(driver, TITLE));
    }

    private static String title(List<Candidate> titles) {
        return titles.stream().map(e -> Labels.display(e.text())).findFirst().orElse("");
    }

    @Override
    public By captureRegion() {
        return content;
    }

    @Override
    public List<String> visibleLabels() {
        List<List<Candidate>> found = Find.each(driver, categories, sectionHeadings);
        List<String> labels = new ArrayList<>(Find.texts(found.get(0)));
        labels.addAll(Find.texts(found.get(1)));
        return labels;
    }

    /** The settings categories, as listed. */
    public List<String> categories() {
        return Find.texts(Find.candidates(driver, categories));
    }

    /** The category shown, if one is chosen. */
    public Optional<String> currentCategory() {
        return currentCategory(Find.candidates(driver, currentCategory));
    }

    private static Optional<String> currentCategory(List<Candidate> current) {
        return current.stream().map(e -> Labels.display(e.text())).findFirst();
    }

    /** The section headings of the category shown. */
    public List<String> sections() {
        return Find.texts(Find.candidates(driver, sectionHeadings));
    }

    /** The one-shot notice at the top ("Settings saved"), if any. */
    public Optional<String> notice() {
        return Find.candidates(driver, notice).stream().map(e -> e.text().trim()).filter(t -> !t.isEmpty()).findFirst();
    }

    /** Clicks a settings category and returns its page. */
    @Override
    public Screen click(String category) {
        List<List<Candidate>> found = Find.each(driver, categories, TITLE);
        PageElement link;
        try {
            link = Find.byText(found.get(0), category, "the settings categories of " + title(found.get(1))).element();
        } catch (LabelNotFoundException e) {
            throw renamed(e, found.get(0)).orElse(e);
        }
        Waits.navigation(driver, () -> Clicks.on(driver, link));
        return Screens.current(driver);
    }

    /**
     * The same finding proving a rename, when exactly one category's link still leads where the label's
     * words say ({@code .../settings/application} for "Application") but reads otherwise: the category was
     * renamed, whatever its new name looks like.
     */
    private static Optional<LabelNotFoundException> renamed(LabelNotFoundException e, List<Candidate> links) {
        String slug = Labels.normalise(e.label()).replaceAll("[^\\p{L}\\p{N}]+", "-");
        List<Candidate> leading = links.stream()
                .filter(link -> link.href() != null && link.href().replaceFirst("[?#].*$", "").endsWith("/" + slug))
                .toList();
        if (leading.size() != 1 || slug.isEmpty()) {
            return Optional.empty();
        }
        String now = Labels.display(leading.get(0).name());
        return Optional.of(new LabelNotFoundException(e, new Remedy.Rename(e.label(), now,
                "its link still leads to " + leading.get(0).href().replaceFirst("^https?://[^/]+", "") + " and reads \"" + now + "\"")));
    }

    /**
     * Scrolls the named section of the current category into view; "API" gives the API section. When
     * the category has no such section, the other categories are looked at (one click away each) and
     * the browser comes back here: a section in another category has moved there
     * ({@link LabelMovedException}); with no category chosen yet, the guide skips choosing it
     * ({@link StepMissingException}).
     */
    @Override
    public ApiSection section(String name) {
        Optional<Candidate> heading = Find.byText(Find.candidates(driver, sectionHeadings), name);
        if (heading.isEmpty()) {
            String where = "the sections of " + name();
            Optional<String> elsewhere = categoryWithSection(name);
            if (elsewhere.isPresent() && currentCategory().isPresent()) {
                throw new LabelMovedException(name, where, "the " + elsewhere.get() + " category of " + title(),
                        currentCategory().get(), elsewhere.get());
            }
            if (elsewhere.isPresent()) {
                throw new StepMissingException("the " + name + " section", name(), "the " + elsewhere.get() + " category",
                        "Click " + elsewhere.get(), "Click **" + elsewhere.get() + "**.");
            }
            throw new LabelNotFoundException(name, where, sections());
        }
        Find.scrollIntoView(driver, heading.get().element());
        return new ApiSection(driver, heading.get().text().trim());
    }

    /** The first other category that has the section, visited by its link; the browser comes back here. */
    private Optional<String> categoryWithSection(String section) {
        String here = driver.getCurrentUrl();
        Optional<String> current = currentCategory();
        Map<String, String> others = new LinkedHashMap<>();
        for (Candidate link : Find.candidates(driver, categories)) {
            String label = link.name();
            if (link.shown() && current.map(c -> !Labels.same(c, label)).orElse(true)) {
                others.put(label, link.href());
            }
        }
        try {
            for (Map.Entry<String, String> other : others.entrySet()) {
                Waits.navigation(driver, () -> driver.navigate().to(other.getValue()));
                if (Find.byText(Find.candidates(driver, sectionHeadings), section).isPresent()) {
                    return Optional.of(other.getKey());
                }
            }
            return Optional.empty();
        } finally {
            if (!others.isEmpty()) {
                Waits.navigation(driver, () -> driver.navigate().to(here));
            }
        }
    }
}
