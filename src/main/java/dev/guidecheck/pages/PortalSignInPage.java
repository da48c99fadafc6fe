package dev.guidecheck.pages;

import dev.guidecheck.Account;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Optional;

/** The developer portal's Sign In form: Username/Email, Password, Sign In. */
public final class PortalSignInPage implements SignsIn, Screen {

    private static final By TITLE = By.cssSelector("main h1");
    private static final By PASSWORD = By.cssSelector("main form input[type=password]");
    private final By form = By.cssSelector("main form");
    private final By username = By.cssSelector("main form input[name=name]");
    private final By password = PASSWORD;
    private final By submit = By.cssSelector("main form button[type=submit]");
    private final By error = By.cssSelector("main .form-error");
    private final WebDriver driver;

    static final Signature SIGNATURE = Signature.heading(TITLE, "Sign In").and(Signature.present(PASSWORD));

    public PortalSignInPage(WebDriver driver) {
        this(driver, Waits.forPage(driver, "the developer portal Sign In page", SIGNATURE));
    }

    PortalSignInPage(WebDriver driver, Screens.Recognised recognised) {
        this.driver = driver;
    }

    @Override
    public String name() {
        return "the developer portal Sign In page";
    }

    @Override
    public By captureRegion() {
        return form;
    }

    @Override
    public List<String> visibleLabels() {
        return Find.texts(Find.candidates(driver, By.cssSelector("main form label, main form button")));
    }

    @Override
    public List<By> secretFields() {
        return List.of(password);
    }

    /** Signs in and returns where the portal sends you: the page you asked for before signing in. */
    @Override
    public Screen signIn(Account account) {
        return form().signIn(account);
    }

    public Optional<String> errorMessage() {
        return form().errorMessage();
    }

    private SignInForm form() {
        return new SignInForm(driver, username, password, submit, error);
    }
}
