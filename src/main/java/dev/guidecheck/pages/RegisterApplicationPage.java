package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The portal's register-an-application form; Register Application issues a key and lands on My API Keys. */
public final class RegisterApplicationPage extends ApplicationForm<RegisterApplicationPage> {

    private static final By TITLE = By.cssSelector("main h1");
    static final String TITLE_TEXT = "Register an Application";

    static final Signature SIGNATURE = Signature.heading(TITLE, TITLE_TEXT);

    public RegisterApplicationPage(WebDriver driver) {
        this(driver, Waits.forPage(driver, TITLE_TEXT, SIGNATURE));
    }

    RegisterApplicationPage(WebDriver driver, Screens.Recognised recognised) {
        super(driver, "the fields of " + TITLE_TEXT);
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
