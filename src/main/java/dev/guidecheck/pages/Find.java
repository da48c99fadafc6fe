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
                String text = Labels.display(element.getText());
                if (!text.isEmpty() && !texts.contains(text)) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /** The first displayed element whose text matches the label, if any. */
    static Optional<WebElement> byText(List<WebElement> candidates, String label) {
        return candidates.stream().filter(WebElement::isDisplayed).filter(e -> Labels.same(e.getText(), label)).findFirst();
    }

    /** The first displayed element whose text matches; otherwise says what was there. */
    static WebElement byText(List<WebElement> candidates, String label, String where) {
        return byText(candidates, label).orElseThrow(() -> new LabelNotFoundException(label, where, texts(candidates)));
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

    /** Words that mark a click as destroying something: such clicks are refused. */
    static boolean isDestructive(String label) {
        String l = Labels.normalise(label);
        return l.startsWith("delete") || l.startsWith("remove") || l.startsWith("revoke") || l.startsWith("regenerate");
    }
}
