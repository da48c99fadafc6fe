package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The edit form of a registered application: name, web site, description, Register Callback URL, Save. */
public final class EditApplicationPage extends ApplicationForm<EditApplicationPage> {

    private static final By TITLE = By.cssSelector("main h1");
    static final String TITLE_TEXT = "Edit Application";

    static final Signature SIGNATURE = Signature.heading(TITLE, TITLE_TEXT);

    public EditApplicationPage(WebDriver driver) {
        this(driver, Waits.forPage(driver, TITLE_TEXT, SIGNATURE));
    }

    EditApplicationPage(WebDriver driver, Screens.Recognised recognised) {
        super(driver, "the fields of " + TITLE_TEXT);
    }

    @Override
    public String name() {
        return TITLE_TEXT;
    }

    @Override
    protected EditApplicationPage self() {
        return this;
    }
}
