package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finding elements by their visible words, the way a reader of the guide would. Each lookup is one script
 * in the page that returns every candidate described at once ({@link Candidate}); the matching is done
 * here, on what the script returned.
 */
final class Find {

    private static final String CANDIDATES = String.join("\n",
            "const [locators, root] = arguments;",
            "return locators.map(locator => find(locator, root).map(describe));");

    private static final String GROUPS = String.join("\n",
            "const [group, parts] = arguments;",
            "return find(group).map(element => {",
            "  const found = {};",
            "  for (const [name, locator] of Object.entries(parts)) { found[name] = find(locator, element).map(describe); }",
            "  return {self: describe(element), parts: found};",
            "});");

    private Find() {
    }

    /** Every element the locators find, in the locators' order and each in page order, described in one script. */
    static List<Candidate> candidates(WebDriver driver, By... locators) {
        return each(driver, locators).stream().flatMap(List::stream).toList();
    }

    /** What each locator finds, described, all in one script: one list per locator. */
    static List<List<Candidate>> each(WebDriver driver, By... locators) {
        return ((List<?>) PageScript.run(driver, CANDIDATES, locators(locators), null)).stream().map(Candidate::all).toList();
    }

    /** The elements a locator finds under one element only, described in one script. */
    static List<Candidate> candidatesIn(WebDriver driver, PageElement root, By locator) {
        return Candidate.all(((List<?>) PageScript.run(driver, CANDIDATES, locators(locator), root)).get(0));
    }

    /** The first element a locator finds, described, if any. */
    static Optional<Candidate> first(WebDriver driver, By locator) {
        return candidates(driver, locator).stream().findFirst();
    }

    /** An element found by {@code group} with what each of the named locators finds inside it. */
    record Group(Candidate self, Map<String, List<Candidate>> parts) {

        List<Candidate> part(String name) {
            return parts.getOrDefault(name, List.of());
        }

        /** The first element of a part, as {@code findElement} would give it. */
        Candidate first(String name) {
            List<Candidate> found = part(name);
            if (found.isEmpty()) {
                throw new NoSuchElementException("no " + name + " in " + self.name());
            }
            return found.get(0);
        }
    }

    /** Every element {@code group} finds, each with its parts (the links of a menu column), in one script. */
    static List<Group> groups(WebDriver driver, By group, Map<String, By> parts) {
        Map<String, Map<String, String>> partLocators = new LinkedHashMap<>();
        parts.forEach((name, by) -> partLocators.put(name, PageScript.locator(by)));
        List<Group> groups = new ArrayList<>();
        for (Object o : (List<?>) PageScript.run(driver, GROUPS, PageScript.locator(group), partLocators)) {
            Map<?, ?> m = (Map<?, ?>) o;
            Map<String, List<Candidate>> found = new LinkedHashMap<>();
            Map<?, ?> described = (Map<?, ?>) m.get("parts");
            for (String name : parts.keySet()) {
                found.put(name, Candidate.all(described.get(name)));
            }
            groups.add(new Group(Candidate.of(m.get("self")), found));
        }
        return groups;
    }

    /** The names of the shown elements, as a person would quote them, each once. */
    static List<String> texts(List<Candidate> candidates) {
        List<String> texts = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.shown()) {
                String text = candidate.name();
                if (!text.isEmpty() && !texts.contains(text)) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /** The first shown element whose name (or aria-label) matches the label, if any. */
    static Optional<Candidate> byText(List<Candidate> candidates, String label) {
        return candidates.stream().filter(Candidate::shown).filter(c -> c.isNamed(label)).findFirst();
    }

    /** The first shown element whose name matches; otherwise says what was there. */
    static Candidate byText(List<Candidate> candidates, String label, String where) {
        return byText(candidates, label).orElseThrow(() -> new LabelNotFoundException(label, where, texts(candidates)));
    }

    static void scrollIntoView(WebDriver driver, PageElement element) {
        PageScript.run(driver, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
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
    static boolean submits(List<Candidate> buttons, String label) {
        return byText(buttons, label).map(Candidate::submits).orElse(false);
    }

    /** Checks that the button labelled {@code label} is there and enabled, without clicking it. */
    static void checkEnabled(List<Candidate> buttons, String label, String where) {
        if (!byText(buttons, label, where).enabled()) {
            throw new IllegalStateException(label + " is there but disabled in " + where);
        }
    }

    /** Words that mark a click as destroying something: such clicks are refused. */
    static boolean isDestructive(String label) {
        String l = Labels.normalise(label);
        return l.startsWith("delete") || l.startsWith("remove") || l.startsWith("revoke") || l.startsWith("regenerate");
    }

    private static List<Map<String, String>> locators(By... locators) {
        List<Map<String, String>> list = new ArrayList<>();
        for (By by : locators) {
            list.add(PageScript.locator(by));
        }
        return list;
    }
}
