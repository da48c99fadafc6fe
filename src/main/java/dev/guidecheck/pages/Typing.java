package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts text into fields. An ordinary field (a shown, enabled, editable text input or textarea with no key
 * handling of its own in the page) gets its whole value at once, with the input and change events typing
 * ends with, all fields in one script; any other field is typed key by key ({@code clear} and
 * {@code sendKeys}), as a page that reacts to each key needs. Script listeners cannot be seen from the
 * page, so "key handling of its own" is what the element shows: an on-key attribute, an autocomplete or
 * combobox role, a datalist, or a maxlength the value would exceed.
 *
 * <p>The values may be secrets (passwords, the API passphrase): a failure never carries the value, nor the
 * driver's command that held it.
 */
final class Typing {

    private static final String FILL = String.join("\n",
            "const [fields, scroll] = arguments;",
            "const typeable = ['', 'text', 'email', 'url', 'password', 'search', 'tel'];",
            "const ordinary = (element, value) => {",
            "  const tag = element.tagName.toLowerCase();",
            "  const type = (element.getAttribute('type') || '').toLowerCase();",
            "  return (tag === 'textarea' || (tag === 'input' && typeable.includes(type)))",
            "    && isShown(element) && !element.matches(':disabled') && !element.readOnly",
            "    && !['onkeydown', 'onkeypress', 'onkeyup', 'onbeforeinput', 'oninput'].some(a => element.hasAttribute(a))",
            "    && !element.hasAttribute('list') && !element.hasAttribute('aria-autocomplete')",
            "    && element.getAttribute('role') !== 'combobox'",
            "    && !(element.maxLength >= 0 && value.length > element.maxLength);",
            "};",
            "return fields.map(field => {",
            "  const element = field.element || find(field.locator)[0];",
            "  if (!element) { return 'missing'; }",
            "  if (scroll) { element.scrollIntoView({block: 'center', behavior: 'instant'}); }",
            "  if (!ordinary(element, field.value)) { return element; }",
            "  element.focus();",
            "  const prototype = element.tagName.toLowerCase() === 'textarea' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;",
            "  Object.getOwnPropertyDescriptor(prototype, 'value').set.call(element, field.value);",
            "  element.dispatchEvent(new Event('input', {bubbles: true}));",
            "  element.dispatchEvent(new Event('change', {bubbles: true}));",
            "  return 'filled';",
            "});");

    private Typing() {
    }

    /** Fills each field found by its locator, in order, where it is on the page; no scrolling. */
    static void into(WebDriver driver, Map<By, String> fields) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> names = new ArrayList<>();
        fields.forEach((by, value) -> {
            items.add(Map.of("locator", PageScript.locator(by), "value", value));
            names.add(by.toString());
        });
        fill(driver, items, names, new ArrayList<>(fields.values()), false);
    }

    /** Fills each field, in order, each scrolled to the middle of the window first (the last one stays there). */
    static void into(WebDriver driver, List<PageElement> fields, List<String> labels, List<String> values) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            items.add(Map.of("element", fields.get(i), "value", values.get(i)));
        }
        fill(driver, items, labels, values, true);
    }

    private static void fill(WebDriver driver, List<Map<String, Object>> items, List<String> names, List<String> values,
                             boolean scroll) {
        List<?> outcomes;
        try {
            outcomes = (List<?>) PageScript.run(driver, FILL, items, scroll);
        } catch (WebDriverException e) {
            throw withoutTheValues("could not fill " + String.join(", ", names), e);
        }
        for (int i = 0; i < outcomes.size(); i++) {
            Object outcome = outcomes.get(i);
            if ("missing".equals(outcome)) {
                throw new NoSuchElementException("no field " + names.get(i) + " on the page");
            }
            if (outcome instanceof PageElement element) {
                try {
                    WebElement field = element.webElement();
                    field.clear();
                    field.sendKeys(values.get(i));
                } catch (WebDriverException e) {
                    throw withoutTheValues("could not type into " + names.get(i), e);
                }
            }
        }
    }

    /**
     * The driver's failure, in its own words, without the details it adds: those quote the command,
     * which holds the value being typed.
     */
    private static WebDriverException withoutTheValues(String what, WebDriverException e) {
        return new WebDriverException(e.getRawMessage() == null ? what : e.getRawMessage());
    }
}
