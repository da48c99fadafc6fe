package dev.guidecheck.pages;

import dev.guidecheck.browser.Locators;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The JavaScript the page objects run in the page, so that one lookup is one round trip to the browser
 * instead of one per element and property. Every script gets the same small library:
 *
 * <ul>
 *   <li>{@code isShown(element)}: Selenium's own isDisplayed atom, the code behind {@code WebElement.isDisplayed()};</li>
 *   <li>{@code find(locator, root)}: the elements a locator ({@link #locator}) finds under root (or the
 *       document), in document order, as {@code findElements} gives them;</li>
 *   <li>{@code describe(element)}: what {@link Candidate} holds about an element, read at once.</li>
 * </ul>
 *
 * An element's text is its rendered text ({@code innerText}) when it is shown and empty when it is not,
 * as WebDriver's "get element text" gives it; the words are tidied in Java ({@link Labels}), never here, so
 * the rules for matching a guide's words live in one place.
 */
final class PageScript {

    /** Where selenium-remote-driver keeps the isDisplayed atom it sends for {@code WebElement.isDisplayed()}. */
    private static final String IS_DISPLAYED_ATOM = "/org/openqa/selenium/remote/isDisplayed.js";

    private static final String LIBRARY = String.join("\n",
            "const isShown = " + atom() + ";",
            Locators.FIND,
            "const textOf = element => isShown(element) ? element.innerText : '';",
            "const describe = element => {",
            "  const shown = isShown(element);",
            "  return {element: element, shown: shown, text: shown ? element.innerText : '',",
            "    ariaLabel: element.getAttribute('aria-label'), title: element.getAttribute('title'),",
            "    alts: Array.from(element.querySelectorAll('img[alt]'), image => image.getAttribute('alt')),",
            "    tag: element.tagName.toLowerCase(), type: element.type === undefined ? null : String(element.type),",
            "    enabled: !element.matches(':disabled'), href: element.href === undefined ? null : String(element.href),",
            "    textContent: element.textContent};",
            "};");

    private PageScript() {
    }

    /** Runs {@code body} (a function body that may use the library and {@code arguments}) and returns its result. */
    static Object run(WebDriver driver, String body, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(LIBRARY + "\n" + body, arguments);
    }

    /** A locator as the library's {@code find} takes it. */
    static Map<String, String> locator(By by) {
        return Locators.of(by).orElseThrow(() -> new IllegalArgumentException("a page script cannot look for " + by));
    }

    private static String atom() {
        try (InputStream in = PageScript.class.getResourceAsStream(IS_DISPLAYED_ATOM)) {
            if (in == null) {
                throw new IllegalStateException("Selenium's isDisplayed atom " + IS_DISPLAYED_ATOM
                        + " is not on the classpath (selenium-remote-driver)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Selenium's isDisplayed atom", e);
        }
    }
}
