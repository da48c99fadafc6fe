package dev.guidecheck.pages;

import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

/**
 * One element a lookup found, with what the page objects ask of it read in the same script: whether it
 * is shown, what a reader calls it ({@link #name()}), and the few properties a click needs.
 *
 * @param element     the element, for a click or a screenshot
 * @param shown       what {@code WebElement.isDisplayed()} says
 * @param text        its visible text as WebDriver gives it: empty when it is not shown
 * @param ariaLabel   its aria-label attribute, or null
 * @param title       its title attribute, or null
 * @param alts        the alt attributes of the images inside it, in page order
 * @param tag         its tag name, lower case
 * @param type        its {@code type} property (a button's "submit"), or null when it has none
 * @param enabled     what {@code WebElement.isEnabled()} says
 * @param href        its {@code href} property (an absolute URL for a link), or null
 * @param textContent its text as written in the page, shown or not, before styling (ADMIN is "Admin")
 */
record Candidate(PageElement element, boolean shown, String text, String ariaLabel, String title, List<String> alts,
                 String tag, String type, boolean enabled, String href, String textContent) {

    /**
     * What a reader calls the element: its visible text, or for an icon button its accessible name
     * (aria-label, title, or its image's alt text), so an icon labelled "Edit" is the guide's "Edit".
     */
    String name() {
        String visible = Labels.display(text);
        if (!visible.isEmpty()) {
            return visible;
        }
        for (String value : new String[] {ariaLabel, title}) {
            if (value != null && !value.isBlank()) {
                return Labels.display(value);
            }
        }
        for (String alt : alts) {
            if (alt != null && !alt.isBlank()) {
                return Labels.display(alt);
            }
        }
        return "";
    }

    /** Whether the guide's label names this element, by its name or by an aria-label that differs from its text. */
    boolean isNamed(String label) {
        return Labels.same(name(), label) || Labels.same(ariaLabel, label);
    }

    boolean submits() {
        return "submit".equalsIgnoreCase(type);
    }

    /** One element as the library's {@code describe} gives it. */
    static Candidate of(Object described) {
        Map<?, ?> m = (Map<?, ?>) described;
        return new Candidate((PageElement) m.get("element"), Boolean.TRUE.equals(m.get("shown")), string(m.get("text")),
                (String) m.get("ariaLabel"), (String) m.get("title"), strings(m.get("alts")),
                string(m.get("tag")), (String) m.get("type"), Boolean.TRUE.equals(m.get("enabled")),
                (String) m.get("href"), string(m.get("textContent")));
    }

    static List<Candidate> all(Object described) {
        return ((List<?>) described).stream().map(Candidate::of).toList();
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> strings(Object values) {
        return values == null ? List.of() : ((List<?>) values).stream().map(v -> v == null ? null : v.toString()).toList();
    }
}
