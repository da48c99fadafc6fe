package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The edit form of a registered application: name, web site, description, Register Callback URL, Save. */
public final class EditApplicationPage extends ApplicationForm<EditApplicationPage> {

    private static final By TITLE = By.cssSelector("main h1");
    private static final String TITLE_TEXT = "Edit Application";

    public EditApplicationPage(WebDriver driver) {
        super(driver, "the fields of " + TITLE_TEXT);
        Waits.forPage(driver, TITLE_TEXT, EditApplicationPage::isShown);
    }

    static boolean isShown(WebDriver driver) {
        return Find.hasText(Find.candidates(driver, TITLE), TITLE_TEXT);
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
