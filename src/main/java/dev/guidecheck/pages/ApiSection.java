package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;

/**
 * One section of a settings category, scoped to its box; the guide uses the API section: API
 * Passphrase, Encrypted Key, Allowed IP List, Save. Any other section of Application Settings works
 * the same way.
 */
public final class ApiSection implements ChangesAccount, Screen, Readable, Fillable, Clickable, Scrollable {

    private final WebDriver driver;
    private final String heading;
    private final By root;
    private final By buttons;
    private final By passwordInputs;
    private final By shownValueRows;
    private final By shownValues;
    private final FormFields fields;

    ApiSection(WebDriver driver, String heading) {
        this.driver = driver;
        this.heading = heading;
        String rootXpath = "//section[contains(concat(' ', normalize-space(@class), ' '), ' settings-section ')][h3[normalize-space(.)="
                + Find.xpathLiteral(heading.replaceAll("\\s+", " ").trim()) + "]]";
        this.root = By.xpath(rootXpath);
        this.buttons = By.xpath(rootXpath + "//button | " + rootXpath + "//input[@type='submit' or @type='button']");
        this.passwordInputs = By.xpath(rootXpath + "//input[@type='password']");
        // A value the product shows rather than lets you type (the Encrypted Key): what a step records.
        String shownValueRow = rootXpath + "//tr[th][td[1][normalize-space(.) != ''][not(.//input or .//textarea or .//select or .//button)]]";
        this.shownValueRows = By.xpath(shownValueRow);
        this.shownValues = By.xpath(shownValueRow + "/td[1]");
        this.fields = new FormFields(driver, root, "the " + heading + " section");
        Waits.forPage(driver, "the " + heading + " section", Signature.present(root));
    }

    @Override
    public String name() {
        return "the " + heading + " section";
    }

    /** The section's box, as encrypted-key.png shows it. */
    @Override
    public By captureRegion() {
        return root;
    }

    /** encrypted-key.png: the section, the row of the value a step records (Encrypted Key) boxed and masked. */
    @Override
    public CaptureSpec capture() {
        List<By> secrets = new ArrayList<>(secretFields());
        secrets.add(shownValues);
        return new CaptureSpec(List.of(root), List.of(shownValueRows), secrets);
    }

    @Override
    public List<String> visibleLabels() {
        List<String> labels = new ArrayList<>(fields.labels());
        labels.addAll(Find.texts(Find.candidates(driver, buttons)));
        return labels.stream().distinct().toList();
    }

    /** Password inputs, and value cells and inputs whose label names a key, passphrase or secret. */
    @Override
    public List<By> secretFields() {
        List<By> secrets = new ArrayList<>();
        secrets.add(passwordInputs);
        for (FormFields.Field field : fields.all()) {
            if (isSecretLabel(field.label()) && field.id() != null && !field.id().isEmpty()) {
                secrets.add(By.id(field.id()));
            }
        }
        return secrets;
    }

    @Override
    public boolean isSecret(String fieldLabel) {
        FormFields.Field field = fields.find(fieldLabel);
        return "password".equalsIgnoreCase(field.type()) || isSecretLabel(field.label());
    }

    @Override
    public String read(String fieldLabel) {
        return fields.read(fieldLabel);
    }

    @Override
    public ApiSection enter(String fieldLabel, String value) {
        fields.enter(fieldLabel, value);
        return this;
    }

    @Override
    public ApiSection completeRequiredInformation() {
        fields.completeRequired();
        return this;
    }

    @Override
    public ApiSection scrollTo(String label) {
        fields.scrollTo(label);
        return this;
    }

    /** Clicks a button of the section; a submit (Save) reloads the page and returns this section again. */
    /** Submit buttons post the form, which changes the account; other buttons only open things. */
    @Override
    public boolean changesAccount(String label) {
        return Find.submits(Find.candidates(driver, buttons), label);
    }

    @Override
    public void checkClickable(String label) {
        Find.checkEnabled(Find.candidates(driver, buttons), label, name());
    }

    @Override
    public Screen click(String label) {
        Candidate button = Find.byText(Find.candidates(driver, buttons), label, name());
        Find.scrollIntoView(driver, button.element());
        if (!button.submits()) {
            Clicks.on(driver, button.element());
            return this;
        }
        Waits.navigation(driver, () -> Clicks.on(driver, button.element()));
        return new ApplicationSettingsPage(driver).section(heading);
    }

    private static boolean isSecretLabel(String label) {
        String l = Labels.normalise(label);
        return l.contains("key") || l.contains("passphrase") || l.contains("password") || l.contains("secret") || l.contains("token");
    }
}
