package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;

/**
 * The provider's OAuth consent page: which application asks for access to which account, and the buttons
 * that answer. No guide step names the answer (the guide stops at recording the credentials), so the label
 * is the provider's own: {@link #ALLOW}.
 */
public final class ConsentPage implements Screen {

    /** What Infusionsoft labels the button that grants the application access. */
    public static final String ALLOW = "Allow";

    private static final By FORM = By.cssSelector("form.oauth-consent");
    static final Signature SIGNATURE = Signature.present(FORM, By.cssSelector("form.oauth-consent button[type=submit]"));
    private final By buttons = By.cssSelector("form.oauth-consent button");
    private final By application = By.cssSelector("form.oauth-consent .oauth-application");
    private final WebDriver driver;

    public ConsentPage(WebDriver driver) {
        this(driver, Waits.forPage(driver, "the OAuth consent page", SIGNATURE));
    }

    ConsentPage(WebDriver driver, Screens.Recognised recognised) {
        this.driver = driver;
    }

    @Override
    public String name() {
        return "the OAuth consent page";
    }

    @Override
    public By captureRegion() {
        return FORM;
    }

    @Override
    public List<String> visibleLabels() {
        return Find.texts(Find.candidates(driver, buttons));
    }

    /** The application asking for access, as the page names it. */
    public String applicationName() {
        return Find.first(driver, application).map(Candidate::text).map(String::trim).orElse("");
    }

    /**
     * Clicks {@link #ALLOW}. The provider then sends the browser to the application's callback URL, which
     * the caller watches for: the callback may be a host that does not exist, so this waits for no page.
     */
    public void allow() {
        Clicks.on(driver, Find.byText(Find.candidates(driver, buttons), ALLOW, name()).element());
    }
}
