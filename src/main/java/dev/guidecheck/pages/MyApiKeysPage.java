package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * My API Keys: one block per key ("Production: Infusionsoft CRM: Basic Plan") with its Credentials
 * panel; the newest key comes first and is the one read.
 */
public final class MyApiKeysPage implements Screen, Readable, Clickable {

    private static final By TITLE = By.cssSelector("main h1");
    static final String TITLE_TEXT = "My API Keys";
    private final By region = By.id("my-keys");
    private final By keys = By.cssSelector("section.key");
    private final By keyHeadings = By.cssSelector("section.key > h2");
    private final By firstKeyActions = By.cssSelector("section.key:first-of-type .key-actions a");
    private final By firstKeyButtons = By.cssSelector("section.key:first-of-type .credentials-table button");
    private final By secretCells = By.cssSelector(".credentials-table td.client-id, .credentials-table td.client-secret");
    private final By notice = By.cssSelector("main .notice");
    private final By tabStrip = By.cssSelector("main ul.tabs");
    private final By firstKey = By.cssSelector("section.key:first-of-type");
    private final By firstKeyIdAndSecretRows = By.xpath("(//section[contains(concat(' ', normalize-space(@class), ' '), ' key ')])[1]"
            + "//table[contains(@class, 'credentials-table')]//tr[td[contains(@class, 'client-id') or contains(@class, 'client-secret')]]");
    private final FormFields credentials;
    private final PortalTabs tabs;
    private final WebDriver driver;

    static final Signature SIGNATURE = Signature.heading(TITLE, TITLE_TEXT);

    public MyApiKeysPage(WebDriver driver) {
        this(driver, Waits.forPage(driver, TITLE_TEXT, SIGNATURE));
    }

    MyApiKeysPage(WebDriver driver, Screens.Recognised recognised) {
        this.driver = driver;
        this.credentials = new FormFields(driver, By.cssSelector("section.key:first-of-type .credentials-table"),
                "the Credentials of the first key on " + TITLE_TEXT);
        this.tabs = new PortalTabs(driver);
    }

    @Override
    public String name() {
        return TITLE_TEXT;
    }

    /** From the heading "My API Keys" down to Delete Key, as infusionsoft_creds.png shows it. */
    @Override
    public By captureRegion() {
        return region;
    }

    @Override
    public List<String> visibleLabels() {
        List<String> labels = new ArrayList<>(tabs.labels());
        labels.addAll(credentials.labels());
        labels.addAll(Find.texts(Find.candidates(driver, firstKeyActions)));
        return labels;
    }

    /**
     * infusionsoft_creds.png: the heading "My API Keys" and its tabs, then the first (newest) key down to
     * Delete Key; not the registration notice between them, nor older keys. Its client_id and client_secret
     * rows are boxed together.
     */
    @Override
    public CaptureSpec capture() {
        return new CaptureSpec(List.of(TITLE, tabStrip, firstKey), List.of(firstKeyIdAndSecretRows), secretFields());
    }

    /** client_id and client_secret of every key: the guide's own screenshot blurs both. */
    @Override
    public List<By> secretFields() {
        return List.of(secretCells);
    }

    @Override
    public boolean isSecret(String fieldLabel) {
        String l = Labels.normalise(fieldLabel);
        return l.contains("secret") || l.contains("client_id") || l.contains("key");
    }

    /** A row of the first (newest) key's Credentials: Application, client_id, client_secret, Status, Created. */
    @Override
    public String read(String fieldLabel) {
        return credentials.read(fieldLabel);
    }

    /** A Show (or Reveal) button in the value's cell, when the page hides the value behind one. */
    @Override
    public Optional<String> revealedBy(String fieldLabel) {
        return credentials.buttonsBeside(fieldLabel).stream()
                .filter(b -> Labels.normalise(b).matches("(show|reveal|view|unhide)\\b.*"))
                .findFirst()
                .map(b -> "a " + b + " button");
    }

    /** The key headings, newest first. */
    public List<String> keyHeadings() {
        return Find.texts(Find.candidates(driver, keyHeadings));
    }

    public int keyCount() {
        return driver.findElements(keys).size();
    }

    public Optional<String> notice() {
        return Find.candidates(driver, notice).stream().map(e -> e.text().trim()).filter(t -> !t.isEmpty()).findFirst();
    }

    /**
     * A tab (Keys, Applications, Manage Account), an action of the first key (View Report) or a button
     * of its Credentials (Show); never Delete Key. A label in a header menu instead is a step the guide skips.
     */
    @Override
    public Screen click(String label) {
        List<List<Candidate>> found = Find.each(driver, PortalTabs.TABS, firstKeyActions, firstKeyButtons);
        Optional<Candidate> tab = Find.byText(found.get(0), label);
        if (tab.isPresent()) {
            return tabs.follow(tab.get());
        }
        if (Find.isDestructive(label)) {
            throw new DestructiveActionRefusedException(label, name());
        }
        List<Candidate> candidates = new ArrayList<>(found.get(1));
        candidates.addAll(found.get(2));
        Optional<Candidate> action = Find.byText(candidates, label);
        if (action.isEmpty()) {
            Optional<String> menu = new PortalProfileMenu(driver).holding(label);
            if (menu.isPresent()) {
                throw new StepMissingException("\"" + label + "\"", name(), "the " + menu.get(), "Open the " + menu.get());
            }
            List<String> shown = new ArrayList<>(Find.texts(found.get(0)));
            shown.addAll(Find.texts(candidates));
            throw new LabelNotFoundException(label, "the tabs and key actions of " + name(), shown);
        }
        Candidate target = action.get();
        if (target.tag().equals("button") && !target.submits()) {
            Clicks.on(driver, target.element());
            return this;
        }
        Waits.navigation(driver, () -> Clicks.on(driver, target.element()));
        return Screens.current(driver);
    }
}
