package dev.guidecheck.pages;

import dev.guidecheck.Account;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Optional;

/** The Infusionsoft sign-in form: Email, Password, Log In. */
public final class SignInPage implements SignsIn, Screen {

    private static final By FORM = By.cssSelector("form.signin-box");
    private final By email = By.cssSelector("form.signin-box input[type=email], form.signin-box input[name=email]");
    private final By password = By.cssSelector("form.signin-box input[type=password]");
    private final By submit = By.cssSelector("form.signin-box button[type=submit]");
    private final By error = By.cssSelector("form.signin-box .form-error");
    private final WebDriver driver;

    static final Signature SIGNATURE = Signature.present(FORM, By.cssSelector("form.signin-box input[type=password]"));

    public SignInPage(WebDriver driver) {
        this(driver, Waits.forPage(driver, "the Infusionsoft sign-in page", SIGNATURE));
    }

    SignInPage(WebDriver driver, Screens.Recognised recognised) {
        this.driver = driver;
    }

    @Override
    public String name() {
        return "the Infusionsoft sign-in page";
    }

    @Override
    public By captureRegion() {
        return FORM;
    }

    @Override
    public List<String> visibleLabels() {
        return Find.texts(Find.candidates(driver, By.cssSelector("form.signin-box label, form.signin-box button")));
    }

    @Override
    public List<By> secretFields() {
        return List.of(password);
    }

    /** Signs in and returns where the app lands (the app shell); a rejected sign-in returns this page again. */
    @Override
    public Screen signIn(Account account) {
        return form().signIn(account);
    }

    /** The message shown after a rejected sign-in, if any. */
    public Optional<String> errorMessage() {
        return form().errorMessage();
    }

    private SignInForm form() {
        return new SignInForm(driver, email, password, submit, error);
    }
}
