package dev.guidecheck.steps;

import dev.guidecheck.Account;
import dev.guidecheck.Sites;
import dev.guidecheck.browser.InPage;
import dev.guidecheck.guide.Link;
import dev.guidecheck.pages.AppMenu;
import dev.guidecheck.pages.AppShell;
import dev.guidecheck.pages.ChangesAccount;
import dev.guidecheck.pages.Clickable;
import dev.guidecheck.pages.Fillable;
import dev.guidecheck.pages.InfusionsoftHomePage;
import dev.guidecheck.pages.MenuEntry;
import dev.guidecheck.pages.Readable;
import dev.guidecheck.pages.Remedy;
import dev.guidecheck.pages.Screen;
import dev.guidecheck.pages.Screens;
import dev.guidecheck.pages.Scrollable;
import dev.guidecheck.pages.Sectioned;
import dev.guidecheck.pages.SignsIn;

import org.openqa.selenium.WebDriver;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The services a guide sentence can ask for, each done through the page objects. An action takes
 * the guide's words as arguments and leaves the structure (which menu, which panel) to the pages.
 */
final class Actions {

    private Actions() {
    }

    /**
     * "Log in to your account at [Infusionsoft](url)": follow the link as written, then sign in. With a
     * saved session the browser is already signed in; a site that asks to sign in again means the
     * session expired, which is the run's problem, not the guide's.
     */
    static StepAction signIn(Link link) {
        return ctx -> {
            StepInputs inputs = ctx.inputs();
            if (!Sites.hasPageObjectsFor(link.url())) {
                throw new StepFailedException(Category.UNBOUND_STEP, "the step links to "
                        + Sites.originOfLink(link.url()).orElse(link.url()) + ", a site guidecheck has no page objects for");
            }
            URI target = inputs.sites().map(link.url());
            URI origin = URI.create(target.getScheme() + "://" + target.getAuthority());
            boolean saved = inputs.session().filter(s -> s.covers(origin)).isPresent();
            if (saved) {
                // Cookies can only be set for the page the browser is on.
                ctx.driver().get(origin + "/");
                inputs.session().get().restore(ctx.driver(), origin);
            }
            ctx.driver().get(target.toString());
            Screen screen = arrivedAt(ctx, link, target);
            if (screen instanceof InfusionsoftHomePage home) {
                screen = home.logIn();
            }
            if (screen instanceof SignsIn signIn) {
                if (saved) {
                    throw new StepFailedException(Category.ENVIRONMENT, "the saved session for " + origin
                            + " has expired (the site asks to sign in again); renew it with: " + SESSION_COMMAND);
                }
                Account account = inputs.accountFor(link.url());
                screen = signIn.signIn(account);
            }
            ctx.land(screen);
        };
    }

    /**
     * The page a followed link shows. The browser's own record of the navigation (Navigation Timing's
     * responseStatus) says first whether the link answered an error: a 404 or 410 means the link in the
     * guide is wrong (never retried); a 5xx is the site's trouble, not the guide's.
     */
    private static Screen arrivedAt(StepContext ctx, Link link, URI target) {
        int status = responseStatus(ctx.driver());
        if (status == 404 || status == 410 || status == 400) {
            throw new StepFailedException(Category.LINK_BROKEN, "the link " + link.url() + " (\"" + link.text()
                    + "\") answers HTTP " + status + " (" + target + "): the page is not there; fix the link in the guide");
        }
        if (status >= 500) {
            throw new StepFailedException(Category.ENVIRONMENT, "the site answered HTTP " + status + " for " + target);
        }
        return Screens.current(ctx.driver());
    }

    /** The HTTP status of the page the browser shows, as the browser recorded it; 0 when it cannot tell. */
    private static int responseStatus(WebDriver driver) {
        Object status = InPage.call(driver,
                "() => { const n = performance.getEntriesByType('navigation')[0]; return n && n.responseStatus ? n.responseStatus : 0; }",
                List.of());
        return status instanceof Number n ? n.intValue() : 0;
    }

    /** How a person renews a saved session (see README, "Running against the live sites"). */
    static final String SESSION_COMMAND = "mvn -q compile exec:java@save-session -Dguidecheck.live.session=<file>";

    /** "Navigate to **Admin>Settings**": open the app menu, find the entry, and click it. */
    static StepAction navigate(List<String> path) {
        return ctx -> {
            if (path.size() != 2) {
                throw new StepFailedException(Category.UNBOUND_STEP, "a menu path names a menu column and an"
                        + " entry in it (like Admin>Settings); " + String.join(">", path) + " has " + path.size() + " parts");
            }
            AppShell shell = ctx.currentAs(AppShell.class, "the app's top bar with its app menu");
            AppMenu menu = shell.openAppMenu();
            MenuEntry entry = menu.entry(path.get(0), path.get(1));
            // The guide's image for this step shows the open menu with the entry about to be clicked.
            ctx.captureImages(menu, entry.capture());
            ctx.land(entry.click());
        };
    }

    /**
     * "In Application Settings, click **Application**": the place must be what the browser shows. On an
     * app page with nothing to click, the place is looked for one click away, in the app menu: the
     * guide then skips the step that opens it.
     */
    static StepAction clickIn(String place, String label) {
        return ctx -> {
            Screen screen = ctx.currentAs(Screen.class, "a page to click in (" + place + ")");
            String shown = screen.name();
            if (!sameWords(shown, place)) {
                if (!(screen instanceof Clickable) && screen instanceof AppShell shell) {
                    shell.menuPathTo(place).ifPresent(path -> {
                        throw new StepFailedException(Category.STEP_MISSING, place + " is not open: the browser shows "
                                + shown + " (" + shell.heading() + "), and the app menu's " + path.replace(">", " > ")
                                + " opens it; the guide may be missing a step \"Navigate to " + path + "\"",
                                new Remedy.InsertStep("Navigate to **" + path + "**."));
                    });
                }
                throw new StepFailedException(screen instanceof Clickable ? Category.LABEL_NOT_FOUND : Category.STEP_MISSING,
                        "the guide says to be in \"" + place + "\", but the browser shows \"" + shown + "\"",
                        new Remedy.Unsure("the browser shows another page (\"" + shown + "\"): the check cannot tell"
                                + " whether \"" + place + "\" was renamed or the guide is on the wrong page"));
            }
            ctx.land(ctx.currentAs(Clickable.class, "something to click").click(label));
        };
    }

    /**
     * "Click **Save**". On a read-only run a click that would change the account is checked (the
     * control is there and enabled) and not performed.
     */
    static StepAction click(String label) {
        return ctx -> {
            Clickable screen = ctx.currentAs(Clickable.class, "something to click");
            if (!ctx.inputs().allowWrites() && screen instanceof ChangesAccount writes && writes.changesAccount(label)) {
                try {
                    writes.checkClickable(label);
                } catch (IllegalStateException disabled) {
                    throw new StepFailedException(Category.LABEL_NOT_FOUND, disabled.getMessage());
                }
                throw new WriteNotPerformedException(label + " is there and enabled on " + ((Screen) screen).name()
                        + "; not clicked, because it would change the account (a read-only run; set"
                        + " guidecheck.live.allowWrites=true to perform it)");
            }
            ctx.land(screen.click(label));
        };
    }

    /** "Click **Applications**, and then click **Edit**": two clicks, each on the page the first lands on. */
    static StepAction clickInTurn(String first, String then) {
        StepAction one = click(first);
        StepAction two = click(then);
        return ctx -> {
            one.perform(ctx);
            two.perform(ctx);
        };
    }

    /** "Scroll down to the API section and ...": the rest of the sentence acts inside that section. */
    static StepAction inSection(String section, StepAction then) {
        return ctx -> {
            ctx.land(ctx.currentAs(Sectioned.class, "a page with sections").section(section));
            then.perform(ctx);
        };
    }

    /** "Scroll down to **Register Callback URL** and record the **Callback URL**": the field holds the value. */
    static StepAction scrollToAndRecord(String field, String credential) {
        return ctx -> {
            ctx.land(ctx.currentAs(Scrollable.class, "a page to scroll").scrollTo(field));
            record(ctx, ctx.currentAs(Readable.class, "fields to read"), field, credential);
        };
    }

    /** "Record the **client_id** and **client_secret**": each named field, in the order written. */
    static StepAction record(String... credentials) {
        return ctx -> {
            Readable screen = ctx.currentAs(Readable.class, "fields to read");
            for (String credential : credentials) {
                record(ctx, screen, credential, credential);
            }
        };
    }

    /** Records a field's value; a value that is not one, with a Show button beside it, says so and names the button. */
    private static void record(StepContext ctx, Readable screen, String field, String credential) {
        String value = screen.read(field);
        CredentialShapes.problem(credential, value).flatMap(problem -> screen.revealedBy(field)).ifPresent(control -> {
            String button = control.replaceFirst("^an? ", "").replaceFirst(" button$", "");
            throw new StepFailedException(Category.CREDENTIAL_MISSING, "the " + credential + " is hidden behind "
                    + control + " on " + ((Screen) screen).name() + "; the guide may be missing a step \"Click "
                    + button + "\"", new Remedy.InsertStep("Click **" + button + "**."));
        });
        ctx.record(credential, value);
    }

    /** "Enter a password in **API Passphrase**": types the configured passphrase (a secret). */
    static StepAction enterPassphrase(String field) {
        return ctx -> {
            if (ctx.inputs().apiPassphrase() == null) {
                throw new StepFailedException(Category.ENVIRONMENT, "no API passphrase to type: set"
                        + " GUIDECHECK_API_PASSPHRASE in the environment (or the secrets file)");
            }
            ctx.scrubber().register(ctx.inputs().apiPassphrase());
            ctx.land(ctx.currentAs(Fillable.class, "a form").enter(field, ctx.inputs().apiPassphrase()));
        };
    }

    /** "Enter the OAuth callback URL of your application in Register Callback URL". */
    static StepAction enterCallbackUrl(String field) {
        return ctx -> ctx.land(ctx.currentAs(Fillable.class, "a form").enter(field, ctx.inputs().callbackUrl()));
    }

    /** "Complete the required information": the page object knows which fields are required. */
    static StepAction completeRequiredInformation() {
        return ctx -> ctx.land(ctx.currentAs(Fillable.class, "a form with required fields").completeRequiredInformation());
    }

    private static boolean sameWords(String a, String b) {
        return normal(a).equals(normal(b)) || normal(a).contains(normal(b));
    }

    private static String normal(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
