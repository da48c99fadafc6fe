package dev.guidecheck.pages;

import dev.guidecheck.browser.Locators;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An element a page script found. A script run on the browser's DevTools channel cannot hand back WebDriver's
 * element references, so the page keeps each element it gave out under a number ({@link Locators#ELEMENTS})
 * and this holds the number; a script run through the driver gives WebDriver's reference, held as it is.
 * Page scripts take either back as the element itself ({@link PageScript#run}); {@link #webElement()} turns a
 * number into WebDriver's reference for what only WebDriver does (typing key by key, a select box), with one
 * command to the driver.
 */
final class PageElement {

    private final WebDriver driver;
    private final String document;
    private final Integer number;
    private WebElement webElement;

    private PageElement(WebDriver driver, String document, Integer number, WebElement webElement) {
        this.driver = driver;
        this.document = document;
        this.number = number;
        this.webElement = webElement;
    }

    /** An element as a page script gave it: the number the page keeps it under, and the page's own mark. */
    static PageElement numbered(WebDriver driver, String document, int number) {
        return new PageElement(driver, document, number, null);
    }

    /** An element WebDriver found. */
    static PageElement of(WebDriver driver, WebElement element) {
        return new PageElement(driver, null, null, Objects.requireNonNull(element));
    }

    /** As a page script's argument: the number, which the script turns back into the element, or WebDriver's reference. */
    Object argument() {
        return number != null ? Map.of(Locators.ELEMENT_KEY, number, Locators.DOCUMENT_KEY, document) : webElement;
    }

    /** Whether a script through the driver can take it as it is, without first asking the page for it. */
    boolean isWebElement() {
        return number == null;
    }

    /**
     * WebDriver's reference to the element, asked of the page once.
     *
     * @throws StaleElementReferenceException when the page no longer holds it (it was removed, or the page left)
     */
    synchronized WebElement webElement() {
        if (webElement == null) {
            Object found = ((JavascriptExecutor) driver).executeScript(Locators.ELEMENTS
                    + "\nreturn elementNumbered(arguments[0], arguments[1]);", document, number);
            if (!(found instanceof WebElement element)) {
                throw new StaleElementReferenceException("the element is no longer on the page");
            }
            webElement = element;
        }
        return webElement;
    }

    /** A locator that finds this element only, for a capture's region or highlight; {@code description} names it. */
    By locator(String description) {
        if (number != null) {
            return new Numbered(this, description);
        }
        WebElement element = webElement;
        return new By() {
            @Override
            public List<WebElement> findElements(SearchContext context) {
                return List.of(element);
            }

            @Override
            public String toString() {
                return "By.element: " + description;
            }
        };
    }

    /** The locator of a numbered element: a page script looks it up by its number, WebDriver by its reference. */
    private static final class Numbered extends By implements Locators.Scripted {
        private final PageElement element;
        private final String description;

        Numbered(PageElement element, String description) {
            this.element = element;
            this.description = description;
        }

        @Override
        public Map<String, String> scriptLocator() {
            return Map.of("using", Locators.NUMBERED, "value", element.document + ":" + element.number);
        }

        @Override
        public List<WebElement> findElements(SearchContext context) {
            return List.of(element.webElement());
        }

        @Override
        public String toString() {
            return "By.element: " + description;
        }
    }
}
