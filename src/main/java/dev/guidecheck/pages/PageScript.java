package dev.guidecheck.pages;

import dev.guidecheck.browser.DevToolsChannel;
import dev.guidecheck.browser.InPage;
import dev.guidecheck.browser.Locators;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** What a thrown error says when a numbered element among a script's arguments is gone. */
    private static final String STALE = "guidecheck: the element is no longer on the page";

    /**
     * The function run on the DevTools channel, around the body: the library, the numbered elements among the
     * arguments turned back into elements, the body called with them, and every element in its result given
     * out as a number.
     */
    private static final String ON_CHANNEL_BEFORE = String.join("\n",
            "function () {",
            LIBRARY,
            "const revive = v => Array.isArray(v) ? v.map(revive) : v === null || typeof v !== 'object' ? v",
            "  : typeof v." + Locators.ELEMENT_KEY + " === 'number'",
            "    ? (elementNumbered(v." + Locators.DOCUMENT_KEY + ", v." + Locators.ELEMENT_KEY + ")"
                    + " || (() => { throw new Error('" + STALE + "'); })())",
            "  : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]));",
            "const keep = v => v instanceof Element ? numberOf(v) : Array.isArray(v) ? v.map(keep)",
            "  : v === null || typeof v !== 'object' ? v : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, keep(x)]));",
            "return keep((function () {", "");
    private static final String ON_CHANNEL_AFTER = String.join("\n", "",
            "}).apply(null, revive(Array.from(arguments))));",
            "}");

    private PageScript() {
    }

    /**
     * Runs {@code body} (a function body that may use the library and {@code arguments}) and returns its
     * result, with every element in it as a {@link PageElement}; elements among the arguments are given as
     * PageElements too. On the browser's DevTools channel when the driver has one (a call through chromedriver
     * cost 10 to 20 ms more, and the main job makes about 150), else through the driver.
     *
     * @throws StaleElementReferenceException when an element among the arguments is no longer on the page
     */
    static Object run(WebDriver driver, String body, Object... arguments) {
        List<Object> args = arguments(arguments, true);
        // An element WebDriver found can only go through the driver, and then every element goes as WebDriver's.
        boolean onChannel = DevToolsChannel.of(driver).isPresent() && InPage.plainData(args);
        if (!onChannel) {
            args = arguments(arguments, false);
        }
        if (onChannel) {
            try {
                return elements(driver, InPage.call(driver, ON_CHANNEL_BEFORE + body + ON_CHANNEL_AFTER, args));
            } catch (JavascriptException e) {
                if (e.getRawMessage() != null && e.getRawMessage().contains(STALE)) {
                    throw new StaleElementReferenceException("the element is no longer on the page");
                }
                throw e;
            }
        }
        return elements(driver, ((JavascriptExecutor) driver).executeScript(LIBRARY + "\n" + body, args.toArray()));
    }

    /** The arguments as the path they take wants them. */
    private static List<Object> arguments(Object[] arguments, boolean onChannel) {
        List<Object> args = new ArrayList<>();
        for (Object argument : arguments) {
            args.add(argument(argument, onChannel));
        }
        return args;
    }

    /** An argument as the path it takes wants it: PageElements as numbers or references, lists and maps walked. */
    private static Object argument(Object value, boolean onChannel) {
        if (value instanceof PageElement element) {
            return onChannel ? element.argument() : element.webElement();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> argument(v, onChannel)).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, argument(v, onChannel)));
            return copy;
        }
        return value;
    }

    /** The result with each element, numbered or WebDriver's, as a PageElement. */
    private static Object elements(WebDriver driver, Object value) {
        if (value instanceof WebElement element) {
            return PageElement.of(driver, element);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(elements(driver, v)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 2 && map.get(Locators.ELEMENT_KEY) instanceof Number number
                    && map.get(Locators.DOCUMENT_KEY) instanceof String document) {
                return PageElement.numbered(driver, document, number.intValue());
            }
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, elements(driver, v)));
            return copy;
        }
        return value;
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
