package dev.guidecheck.browser;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.By;

/**
 * Selenium locators looked up inside a page script, so that finding the elements of many locators is one
 * round trip to the browser rather than one {@code findElements} each. The script's {@link #FIND} gives the
 * elements in document order, as {@code findElements} does.
 */
public final class Locators {

    /** How a page script names an element it found and gave out as a number ({@link #ELEMENTS}). */
    public static final String NUMBERED = "guidecheck element";

    /**
     * The keys of an element given out as a number: {@code {"guidecheckElement": 3, "guidecheckDocument": "k2x9…"}},
     * the document's own mark keeping a number from a page that was left from naming an element of the next.
     */
    public static final String ELEMENT_KEY = "guidecheckElement";
    public static final String DOCUMENT_KEY = "guidecheckDocument";

    /** The WebDriver locator strategies {@link #FIND} knows: CSS and XPath, and those CSS can express. */
    private static final Set<String> STRATEGIES = Set.of("css selector", "xpath", "id", "tag name", "class name", "name");

    /**
     * Script functions for the elements a page script gives out as numbers (a script on the DevTools channel
     * cannot hand back WebDriver's references): {@code numberOf(element)}, the element's number and its
     * document's mark ({@link #ELEMENT_KEY}, {@link #DOCUMENT_KEY}), and {@code elementNumbered(mark, n)},
     * the element or null when the page no longer holds it. The numbers live in the document's window, under a
     * mark of its own, so a number from a page that was left names nothing on the next; removing an element
     * from the page ends its number too.
     */
    public static final String ELEMENTS = String.join("\n",
            "const numbered = window.__guidecheckElements || (window.__guidecheckElements = {list: [], numbers: new Map(),",
            "  document: Math.random().toString(36).slice(2) + Date.now().toString(36)});",
            "const numberOf = element => {",
            "  let n = numbered.numbers.get(element);",
            "  if (n === undefined) { n = numbered.list.length; numbered.list.push(element); numbered.numbers.set(element, n); }",
            "  return {" + ELEMENT_KEY + ": n, " + DOCUMENT_KEY + ": numbered.document};",
            "};",
            "const elementNumbered = (mark, n) => {",
            "  const e = mark === numbered.document ? numbered.list[n] : undefined;",
            "  return e !== undefined && e.isConnected ? e : null;",
            "};");

    /** A locator that a page script can look for in its own way ({@link #FIND}). */
    public interface Scripted {
        /** The locator as {@link #FIND} takes it. */
        Map<String, String> scriptLocator();
    }

    /** A script function {@code find(locator, root)}: the elements a locator ({@link #of}) finds under root (or the document). */
    public static final String FIND = String.join("\n",
            ELEMENTS,
            "const find = (locator, root) => {",
            "  if (locator.using === '" + NUMBERED + "') {",
            "    const [mark, n] = locator.value.split(':'); const e = elementNumbered(mark, Number(n)); return e === null ? [] : [e];",
            "  }",
            "  const scope = root || document;",
            "  const css = {'css selector': v => v, 'id': v => '#' + CSS.escape(v), 'tag name': v => v,",
            "    'class name': v => '.' + CSS.escape(v), 'name': v => '[name=\"' + CSS.escape(v) + '\"]'}[locator.using];",
            "  if (css) { return Array.from(scope.querySelectorAll(css(locator.value))); }",
            "  const found = document.evaluate(locator.value, scope, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);",
            "  const elements = [];",
            "  for (let i = 0; i < found.snapshotLength; i++) {",
            "    const node = found.snapshotItem(i);",
            "    if (node.nodeType === Node.ELEMENT_NODE) { elements.push(node); }",
            "  }",
            "  return elements;",
            "};");

    private Locators() {
    }

    /** The locator as {@link #FIND} takes it; empty when a script cannot look for it (link text, chained locators). */
    public static Optional<Map<String, String>> of(By by) {
        if (by instanceof Scripted scripted) {
            return Optional.of(scripted.scriptLocator());
        }
        if (!(by instanceof By.Remotable remotable)) {
            return Optional.empty();
        }
        By.Remotable.Parameters parameters = remotable.getRemoteParameters();
        if (!STRATEGIES.contains(parameters.using())) {
            return Optional.empty();
        }
        return Optional.of(Map.of("using", parameters.using(), "value", String.valueOf(parameters.value())));
    }
}
