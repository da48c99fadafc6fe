package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a page shows that tells it apart from the others, by content (a form, a heading's words), never by
 * URL: elements that must be there, elements that must not, and a heading with one of some texts.
 * Signatures are data, so the signatures of every known page are checked in one script ({@link Screens}).
 */
final class Signature {

    /**
     * Reads, once the document has loaded, the HTTP status the site answered it with (0 when the browser does
     * not say, as for about:blank) and the visible text of everything each locator finds.
     */
    private static final String SNAPSHOT = String.join("\n",
            "const [locators] = arguments;",
            "if (document.readyState !== 'complete') { return null; }",
            "const navigation = performance.getEntriesByType('navigation')[0];",
            "return {status: (navigation && navigation.responseStatus) || 0,",
            "    shown: locators.map(locator => find(locator).map(textOf))};");

    /**
     * One look at a loaded page: the HTTP status of its document and the shown texts of what each locator finds.
     */
    record Snapshot(int status, Map<By, List<String>> shown) {

        /**
         * A page the site answered with an error (a 503 from a struggling server, a 404): it will not turn into
         * another page by waiting, so a wait for a page that this is not can end at once.
         */
        boolean isErrorDocument() {
            return status >= 400;
        }
    }

    private final List<By> present;
    private final List<By> absent;
    private final Map<By, List<String>> headings;

    private Signature(List<By> present, List<By> absent, Map<By, List<String>> headings) {
        this.present = List.copyOf(present);
        this.absent = List.copyOf(absent);
        this.headings = Map.copyOf(headings);
    }

    /** A page where each locator finds something. */
    static Signature present(By... locators) {
        return new Signature(List.of(locators), List.of(), Map.of());
    }

    /** A page where one of the elements the locator finds shows one of the texts (as {@link Labels#same} compares). */
    static Signature heading(By locator, Collection<String> texts) {
        return new Signature(List.of(), List.of(), Map.of(locator, List.copyOf(texts)));
    }

    static Signature heading(By locator, String text) {
        return heading(locator, List.of(text));
    }

    /** This signature, and the locator finds nothing. */
    Signature absent(By locator) {
        List<By> more = new ArrayList<>(absent);
        more.add(locator);
        return new Signature(present, more, headings);
    }

    /** Both signatures at once (a settings page is also an app page). */
    Signature and(Signature other) {
        List<By> allPresent = new ArrayList<>(present);
        allPresent.addAll(other.present);
        List<By> allAbsent = new ArrayList<>(absent);
        allAbsent.addAll(other.absent);
        Map<By, List<String>> allHeadings = new LinkedHashMap<>(headings);
        other.headings.forEach((by, texts) -> allHeadings.merge(by, texts, (a, b) -> {
            throw new IllegalArgumentException("two headings expected of " + by);
        }));
        return new Signature(allPresent, allAbsent, allHeadings);
    }

    /** Every locator the signature looks at. */
    Set<By> locators() {
        Set<By> locators = new LinkedHashSet<>(present);
        locators.addAll(absent);
        locators.addAll(headings.keySet());
        return locators;
    }

    /** Whether a snapshot (the shown texts of what each locator finds) is this page. */
    boolean matches(Map<By, List<String>> snapshot) {
        return present.stream().allMatch(by -> !snapshot.get(by).isEmpty())
                && absent.stream().allMatch(by -> snapshot.get(by).isEmpty())
                && headings.entrySet().stream().allMatch(h -> snapshot.get(h.getKey()).stream()
                        .anyMatch(shown -> h.getValue().stream().anyMatch(text -> Labels.same(shown, text))));
    }

    /**
     * One look at the page, in one script: the HTTP status of its document and the shown texts of what each
     * locator finds; empty while the document is still loading.
     */
    static Optional<Snapshot> snapshot(WebDriver driver, Collection<By> locators) {
        List<By> ordered = List.copyOf(locators);
        Object result = PageScript.run(driver, SNAPSHOT, ordered.stream().map(PageScript::locator).toList());
        if (result == null) {
            return Optional.empty();
        }
        Map<?, ?> look = (Map<?, ?>) result;
        List<?> found = (List<?>) look.get("shown");
        Map<By, List<String>> shown = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            shown.put(ordered.get(i), ((List<?>) found.get(i)).stream().map(t -> t == null ? "" : t.toString()).toList());
        }
        return Optional.of(new Snapshot(((Number) look.get("status")).intValue(), shown));
    }
}
