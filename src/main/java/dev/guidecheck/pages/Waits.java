package dev.guidecheck.pages;

import dev.guidecheck.browser.DevToolsChannel;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/** Every wait of the page objects, with named durations; nothing else waits, and nothing sleeps. */
public final class Waits {

    /** How long a page may take to load after a click or a sign-in. */
    public static final Duration PAGE = Duration.ofSeconds(10);
    /** How long an element may take to appear on a page that has loaded (a menu opening). */
    public static final Duration ELEMENT = Duration.ofSeconds(5);
    /**
     * How often a wait looks again. Selenium's default half second is paid by every click that loads
     * a page on a local replica that answers in milliseconds.
     */
    public static final Duration POLL = Duration.ofMillis(50);

    private Waits() {
    }

    /** Waits until the condition gives a value (non-null, non-false); times out with a TimeoutException. */
    public static <T> T until(WebDriver driver, Duration timeout, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait.until(condition::apply);
    }

    /**
     * Waits until a page has loaded and shows what the signature describes, one script per look, or throws
     * WrongPageException: after {@link #PAGE}, or at once when the site answered with an HTTP error instead.
     */
    static Screens.Recognised forPage(WebDriver driver, String expected, Signature signature) {
        try {
            until(driver, PAGE, d -> Signature.snapshot(d, signature.locators()).map(look -> {
                if (signature.matches(look.shown())) {
                    return true;
                }
                if (look.isErrorDocument()) {
                    throw WrongPageException.errorDocument(expected, look.status(), d.getCurrentUrl());
                }
                return false;
            }).orElse(false));
        } catch (TimeoutException e) {
            throw new WrongPageException(expected, driver.getTitle(), driver.getCurrentUrl());
        }
        return Screens.Recognised.NOW;
    }

    /** The first element the locator finds, once it is shown; one script per look. */
    static PageElement visible(WebDriver driver, By locator) {
        return until(driver, ELEMENT, d -> Find.first(d, locator).filter(Candidate::shown).map(Candidate::element).orElse(null));
    }

    /**
     * Runs an action that leaves the page (a link, a form submit) and waits until the next page has
     * loaded: until the browser reports the load event of a document other than the one the action
     * started on. Nothing is asked of the page itself; the wait sleeps until the browser speaks.
     * A driver without the DevTools protocol waits by {@linkplain #byMarker asking the page}.
     */
    public static void navigation(WebDriver driver, Runnable action) {
        Optional<DevToolsChannel> channel = DevToolsChannel.of(driver);
        if (channel.isEmpty()) {
            byMarker(driver, action);
            return;
        }
        String before = channel.get().document();
        action.run();
        if (!channel.get().awaitNewDocument(before, PAGE)) {
            throw new WrongPageException("a new page after the click", driver.getTitle(), driver.getCurrentUrl());
        }
    }

    /**
     * The same, for drivers that cannot report loads: the old page is marked with a script variable,
     * which a new document no longer has, and the page is asked every {@link #POLL} until it is gone and
     * the new one complete. While the browser is between documents, a command may fail in several ways,
     * which all mean "not yet".
     */
    static void byMarker(WebDriver driver, Runnable action) {
        String marker = "guidecheck-" + System.nanoTime();
        ((JavascriptExecutor) driver).executeScript("window.__guidecheckPage = arguments[0];", marker);
        action.run();
        try {
            until(driver, PAGE, d -> {
                try {
                    Object current = ((JavascriptExecutor) d).executeScript(
                            "return document.readyState === 'complete' ? (window.__guidecheckPage || 'new') : null;");
                    return current != null && !marker.equals(current);
                } catch (WebDriverException betweenDocuments) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new WrongPageException("a new page after the click", driver.getTitle(), driver.getCurrentUrl());
        }
    }
}
