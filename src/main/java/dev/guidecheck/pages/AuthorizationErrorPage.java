package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;

/**
 * The provider's answer to an authorization request it refuses without sending the browser back (an unknown
 * client_id, a redirect_uri that is not the registered one): an error page naming the error.
 */
public final class AuthorizationErrorPage implements Screen {

    private static final By BOX = By.cssSelector(".oauth-error");
    static final Signature SIGNATURE = Signature.present(BOX);
    private final By message = By.cssSelector(".oauth-error .oauth-error-message");
    private final By heading = By.cssSelector(".oauth-error h1");
    private final WebDriver driver;

    public AuthorizationErrorPage(WebDriver driver) {
        this(driver, Waits.forPage(driver, "the OAuth error page", SIGNATURE));
    }

    AuthorizationErrorPage(WebDriver driver, Screens.Recognised recognised) {
        this.driver = driver;
    }

    @Override
    public String name() {
        return "the OAuth error page";
    }

    @Override
    public By captureRegion() {
        return BOX;
    }

    @Override
    public List<String> visibleLabels() {
        return List.of();
    }

    /** The provider's words: the heading, then the error and its description. */
    public String message() {
        String title = Find.first(driver, heading).map(Candidate::text).map(String::trim).orElse("");
        String text = Find.first(driver, message).map(Candidate::text).map(String::trim).orElse("");
        return title.isEmpty() ? text : title + ": " + text;
    }
}
