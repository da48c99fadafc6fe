package dev.guidecheck.pages;

import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Which known page the browser shows, recognised by its content (headings, forms, the app's top bar),
 * never by URL, so landing after a sign-in or a followed link works on the replica and live sites alike.
 */
public final class Screens {

    /** Most specific first: a settings page is also an app page; a sign-in form beats a home page. */
    private static final Map<String, Function<WebDriver, Boolean>> RECOGNISERS = new LinkedHashMap<>();
    private static final Map<String, Function<WebDriver, Screen>> FACTORIES = new LinkedHashMap<>();

    static {
        add("the developer portal Sign In page", PortalSignInPage::isShown, PortalSignInPage::new);
        add("the Infusionsoft sign-in page", SignInPage::isShown, SignInPage::new);
        add("Register an Application", RegisterApplicationPage::isShown, RegisterApplicationPage::new);
        add("Edit Application", EditApplicationPage::isShown, EditApplicationPage::new);
        add("My API Keys", MyApiKeysPage::isShown, MyApiKeysPage::new);
        add("My Applications", ApplicationsPage::isShown, ApplicationsPage::new);
        add("a developer portal page (" + String.join(", ", PortalPage.KNOWN) + ")", PortalPage::isShown, PortalPage::new);
        add("Application Settings", ApplicationSettingsPage::isShown, ApplicationSettingsPage::new);
        add("the Infusionsoft app", AppShell::isShown, AppShell::new);
        add("the Infusionsoft home page", InfusionsoftHomePage::isShown, InfusionsoftHomePage::new);
    }

    private Screens() {
    }

    private static void add(String name, Function<WebDriver, Boolean> recogniser, Function<WebDriver, Screen> factory) {
        RECOGNISERS.put(name, recogniser);
        FACTORIES.put(name, factory);
    }

    /** The page object of the page the browser shows, once it has loaded; WrongPageException if none fits. */
    public static Screen current(WebDriver driver) {
        String match;
        try {
            match = Waits.until(driver, Waits.PAGE, d -> {
                if (!Waits.loaded(d)) {
                    return null;
                }
                for (Map.Entry<String, Function<WebDriver, Boolean>> entry : RECOGNISERS.entrySet()) {
                    if (entry.getValue().apply(d)) {
                        return entry.getKey();
                    }
                }
                return null;
            });
        } catch (TimeoutException e) {
            throw new WrongPageException("one of " + String.join("; ", RECOGNISERS.keySet()), driver.getTitle(), driver.getCurrentUrl());
        }
        return FACTORIES.get(match).apply(driver);
    }
}
