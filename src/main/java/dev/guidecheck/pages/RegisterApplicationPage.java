package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The portal's register-an-application form; Register Application issues a key and lands on My API Keys. */
public final class RegisterApplicationPage extends ApplicationForm<RegisterApplicationPage> {

    private static final By TITLE = By.cssSelector("main h1");
    private static final String TITLE_TEXT = "Register an Application";

    public RegisterApplicationPage(WebDriver driver) {
        super(driver, "the fields of " + TITLE_TEXT);
        Waits.forPage(driver, TITLE_TEXT, RegisterApplicationPage::isShown);
    }

    static boolean isShown(WebDriver driver) {
        return Find.hasText(Find.candidates(driver, TITLE), TITLE_TEXT);
    }

    @Override
    public String name() {
        return TITLE_TEXT;
    }

    @Override
    protected RegisterApplicationPage self() {
        return this;
    }
}
