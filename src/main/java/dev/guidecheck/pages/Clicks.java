package dev.guidecheck.pages;

import dev.guidecheck.browser.DevToolsChannel;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebDriver;

/**
 * Every click of the page objects, made as a user makes it: the pointer moves to the middle of the element,
 * presses and releases. On the browser's DevTools channel that is three input events sent straight to the
 * browser, after one script scrolls the element into view and checks that it is the element the pointer
 * would hit there (what WebDriver's click checks). A click through chromedriver took 100 to 380 ms on the
 * replica (about 40% of the main job's step time), as chromedriver also waits for any navigation the click
 * starts; the page objects wait for what the click leads to themselves ({@link Waits#navigation}, a menu
 * shown). The browser answers each input event once the page has handled it, so a click's handlers have
 * run when this returns. A driver without the channel clicks through WebDriver.
 */
public final class Clicks {

    /**
     * Scrolls the element into view when its first box is not wholly in it, and answers the middle of the
     * part of that box in the viewport, in CSS pixels of the viewport, or why it cannot be clicked there; an
     * element something else covers there is scrolled to the middle of the view and looked at once more.
     */
    private static final String AIM = String.join("\n",
            "const element = arguments[0];",
            "const boxes = () => [...element.getClientRects()].filter(r => r.width > 0 && r.height > 0);",
            "if (boxes().length === 0) return {problem: 'hidden'};",
            "const inView = r => r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;",
            "if (!inView(boxes()[0])) element.scrollIntoView({block: 'end', inline: 'nearest', behavior: 'instant'});",
            "const aim = () => {",
            "  const r = boxes()[0];",
            "  const x = (Math.max(r.left, 0) + Math.min(r.right, innerWidth)) / 2;",
            "  const y = (Math.max(r.top, 0) + Math.min(r.bottom, innerHeight)) / 2;",
            "  const hit = document.elementFromPoint(x, y);",
            "  return hit !== null && (hit === element || element.contains(hit)) ? {x, y}",
            "    : {problem: 'covered', by: hit === null ? 'nothing' : hit.outerHTML.slice(0, 200)};",
            "};",
            // Cut off by a scrolled box of the page, or under a sticky header: in the middle of the view it may not be.
            "let found = aim();",
            "if (found.problem) { element.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'}); found = aim(); }",
            "return found;");

    private Clicks() {
    }

    /**
     * Clicks the element.
     *
     * @throws ElementNotInteractableException when it has no box to click (hidden, or of no size)
     * @throws ElementClickInterceptedException when another element would receive the click
     * @throws org.openqa.selenium.StaleElementReferenceException when it is no longer on the page
     */
    public static void on(WebDriver driver, PageElement element) {
        Optional<DevToolsChannel> channel = DevToolsChannel.of(driver);
        if (channel.isEmpty()) {
            element.webElement().click();
            return;
        }
        Map<?, ?> aim = (Map<?, ?>) PageScript.run(driver, AIM, element);
        Object problem = aim.get("problem");
        if ("hidden".equals(problem)) {
            throw new ElementNotInteractableException("element not interactable: it has no box on the page to click");
        }
        if ("covered".equals(problem)) {
            throw new ElementClickInterceptedException("element click intercepted: element is not clickable,"
                    + " other element would receive the click: " + aim.get("by"));
        }
        double x = ((Number) aim.get("x")).doubleValue();
        double y = ((Number) aim.get("y")).doubleValue();
        channel.get().send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        channel.get().send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y,
                "button", "left", "buttons", 1, "clickCount", 1));
        channel.get().send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y,
                "button", "left", "buttons", 0, "clickCount", 1));
    }
}
