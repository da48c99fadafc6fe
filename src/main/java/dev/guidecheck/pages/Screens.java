package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Which known page the browser shows, recognised by its content (headings, forms, the app's top bar),
 * never by URL, so landing after a sign-in or a followed link works on the replica and live sites alike.
 * Every page's {@link Signature} is checked in one script.
 */
public final class Screens {

    /**
     * That a page object's page has just been recognised, so its constructor need not look again. Only a
     * look at the page makes one: {@link Screens#current} or {@link Waits#forPage}.
     */
    static final class Recognised {

        static final Recognised NOW = new Recognised();

        private Recognised() {
        }
    }

    private record Known(String name, Signature signature, BiFunction<WebDriver, Recognised, Screen> factory) {
    }

    /** Most specific first: a settings page is also an app page; a sign-in form beats a home page. */
    private static final List<Known> KNOWN = List.of(
            new Known("the developer portal Sign In page", PortalSignInPage.SIGNATURE, PortalSignInPage::new),
            new Known("the Infusionsoft sign-in page", SignInPage.SIGNATURE, SignInPage::new),
            new Known("the OAuth consent page", ConsentPage.SIGNATURE, ConsentPage::new),
            new Known("the OAuth error page", AuthorizationErrorPage.SIGNATURE, AuthorizationErrorPage::new),
            new Known(RegisterApplicationPage.TITLE_TEXT, RegisterApplicationPage.SIGNATURE, RegisterApplicationPage::new),
            new Known(EditApplicationPage.TITLE_TEXT, EditApplicationPage.SIGNATURE, EditApplicationPage::new),
            new Known(MyApiKeysPage.TITLE_TEXT, MyApiKeysPage.SIGNATURE, MyApiKeysPage::new),
            new Known(ApplicationsPage.TITLE_TEXT, ApplicationsPage.SIGNATURE, ApplicationsPage::new),
            new Known("a developer portal page (" + String.join(", ", PortalPage.KNOWN) + ")", PortalPage.SIGNATURE,
                    PortalPage::new),
            new Known("Application Settings", ApplicationSettingsPage.SIGNATURE, ApplicationSettingsPage::new),
            new Known("the Infusionsoft app", AppShell.SIGNATURE, AppShell::new),
            new Known("the Infusionsoft home page", InfusionsoftHomePage.SIGNATURE, InfusionsoftHomePage::new));

    private static final Set<By> LOCATORS = new LinkedHashSet<>();

    static {
        KNOWN.forEach(known -> LOCATORS.addAll(known.signature().locators()));
    }

    private Screens() {
    }

    private static String expected() {
        List<String> names = new ArrayList<>();
        KNOWN.forEach(k -> names.add(k.name()));
        return "one of " + String.join("; ", names);
    }

    /**
     * The page object of the page the browser shows, once it has loaded; WrongPageException if none fits, at
     * once when the site answered the page with an HTTP error.
     */
    public static Screen current(WebDriver driver) {
        Known match;
        try {
            match = Waits.until(driver, Waits.PAGE, d -> Signature.snapshot(d, LOCATORS).map(look -> {
                Optional<Known> known = KNOWN.stream().filter(k -> k.signature().matches(look.shown())).findFirst();
                if (known.isEmpty() && look.isErrorDocument()) {
                    throw WrongPageException.errorDocument(expected(), look.status(), d.getCurrentUrl());
                }
                return known.orElse(null);
            }).orElse(null));
        } catch (TimeoutException e) {
            throw new WrongPageException(expected(), driver.getTitle(), driver.getCurrentUrl());
        }
        return match.factory().apply(driver, Recognised.NOW);
    }
}
