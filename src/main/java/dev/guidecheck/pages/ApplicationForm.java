package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the portal's register and edit forms share: labelled fields, a submit button, an error message. */
abstract class ApplicationForm<T extends ApplicationForm<T>> implements ChangesAccount, Screen, Readable, Fillable, Scrollable, Clickable {

    private final By form = By.cssSelector("main form.portal-form");
    private final By buttons = By.cssSelector("main form.portal-form button, main form.portal-form input[type=submit]");
    private final By error = By.cssSelector("main .form-error");
    protected final WebDriver driver;
    protected final FormFields fields;

    ApplicationForm(WebDriver driver, String where) {
        this.driver = driver;
        this.fields = new FormFields(driver, form, where);
    }

    @Override
    public By captureRegion() {
        return form;
    }

    @Override
    public List<String> visibleLabels() {
        List<String> labels = new ArrayList<>(fields.labels());
        labels.addAll(Find.texts(Find.candidates(driver, buttons)));
        return labels;
    }

    @Override
    public String read(String fieldLabel) {
        return fields.read(fieldLabel);
    }

    @Override
    public T enter(String fieldLabel, String value) {
        fields.enter(fieldLabel, value);
        return self();
    }

    @Override
    public T completeRequiredInformation() {
        fields.completeRequired();
        return self();
    }

    @Override
    public T scrollTo(String label) {
        fields.scrollTo(label);
        return self();
    }

    protected abstract T self();

    /** Submit buttons post the form, which changes the account; other buttons only open things. */
    @Override
    public boolean changesAccount(String label) {
        return Find.submits(Find.candidates(driver, buttons), label);
    }

    @Override
    public void checkClickable(String label) {
        Find.checkEnabled(Find.candidates(driver, buttons), label, "the buttons of " + name());
    }

    /** Submits the form with the named button and returns where the portal lands. */
    @Override
    public Screen click(String label) {
        if (Find.isDestructive(label)) {
            throw new DestructiveActionRefusedException(label, name());
        }
        PageElement button = Find.byText(Find.candidates(driver, buttons), label, "the buttons of " + name()).element();
        Find.scrollIntoView(driver, button);
        Waits.navigation(driver, () -> Clicks.on(driver, button));
        return Screens.current(driver);
    }

    /** The form's error message after a rejected submit, if any. */
    public Optional<String> errorMessage() {
        return Find.candidates(driver, error).stream().map(e -> e.text().trim()).filter(t -> !t.isEmpty()).findFirst();
    }
}
