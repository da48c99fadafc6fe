package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finding elements by their visible words, the way a reader of the guide would. */
final class Find {

    private Find() {
    }

    /** The visible texts of the displayed elements, as a person would quote them. */
    static List<String> texts(List<WebElement> elements) {
        List<String> texts = new ArrayList<>();
        for (WebElement element : elements) {
            if (element.isDisplayed()) {
                String text = name(element);
                if (!text.isEmpty() && !texts.contains(text)) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /** The first displayed element whose text matches the label, if any. */
    static Optional<WebElement> byText(List<WebElement> candidates, String label) {
        return candidates.stream().filter(WebElement::isDisplayed)
                .filter(e -> Labels.same(name(e), label) || Labels.same(e.getDomAttribute("aria-label"), label))
                .findFirst();
    }

    /** The first displayed element whose text matches; otherwise says what was there. */
    static WebElement byText(List<WebElement> candidates, String label, String where) {
        return byText(candidates, label).orElseThrow(() -> new LabelNotFoundException(label, where, texts(candidates)));
    }

    /**
     * What a reader calls an element: its visible text, or for an icon button its accessible name
     * (aria-label, title, or its image's alt text), so an icon labelled "Edit" is the guide's "Edit".
     * {@link #byText} also accepts an aria-label that differs from the visible text.
     */
    static String name(WebElement element) {
        String text = Labels.display(element.getText());
        if (!text.isEmpty()) {
            return text;
        }
        for (String attribute : List.of("aria-label", "title")) {
            String value = element.getDomAttribute(attribute);
            if (value != null && !value.isBlank()) {
                return Labels.display(value);
            }
        }
        for (WebElement image : element.findElements(By.cssSelector("img[alt]"))) {
            String alt = image.getDomAttribute("alt");
            if (alt != null && !alt.isBlank()) {
                return Labels.display(alt);
            }
        }
        return "";
    }

    static boolean hasHeading(WebDriver driver, By headings, String text) {
        return driver.findElements(headings).stream().anyMatch(h -> Labels.same(h.getText(), text));
    }

    static void scrollIntoView(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    }

    /** An XPath string literal for any text, quotes included. */
    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }

    /** Whether the button labelled {@code label} submits its form (which is what changes an account). */
    static boolean submits(List<WebElement> buttons, String label) {
        return byText(buttons, label).map(b -> "submit".equalsIgnoreCase(b.getDomProperty("type"))).orElse(false);
    }

    /** Checks that the button labelled {@code label} is there and enabled, without clicking it. */
    static void checkEnabled(List<WebElement> buttons, String label, String where) {
        if (!byText(buttons, label, where).isEnabled()) {
            throw new IllegalStateException(label + " is there but disabled in " + where);
        }
    }

    /** Words that mark a click as destroying something: such clicks are refused. */
    static boolean isDestructive(String label) {
        String l = Labels.normalise(label);
        return l.startsWith("delete") || l.startsWith("remove") || l.startsWith("revoke") || l.startsWith("regenerate");
    }
}
