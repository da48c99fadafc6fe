package dev.guidecheck.browser;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.devtools.DevToolsException;
import org.openqa.selenium.json.Json;

/**
 * Calls a script function in the page the driver shows, once that page has loaded, and returns what it returns
 * (awaited when it is a promise): straight to the browser on the {@link DevToolsChannel} when the driver has one
 * and every argument is plain data, else through the driver, which can also hand the function the elements it
 * found. Through chromedriver a call costs about 10 ms more than on the channel; a capture makes two.
 */
public final class InPage {

    private static final Json JSON = new Json();

    /** What the browser answers when the document a script ran in went away under it (a navigation). */
    private static final List<String> PAGE_GONE = List.of("Inspected target navigated or closed",
            "Execution context was destroyed", "Cannot find context with specified id",
            "Cannot find default execution context");

    /**
     * How long a script on the channel waits for the document it landed in to finish loading, at most: below the
     * channel's {@link DevToolsChannel#COMMAND_TIMEOUT}, so that a page whose load never ends (a live site's slow
     * image) gets the script run late rather than the call failed.
     */
    static final long LOAD_WAIT_MILLIS = 4_000;

    /**
     * A promise of the document's load event, settled at once when the document has loaded. chromedriver's get
     * may return while the new document is still being parsed (seen on Chromium 150 on two busy cores: 4% of
     * gets of the same URL): chromedriver itself makes its next command wait for that load, but the channel goes
     * straight to the page, and a lookup would find the page half-read. Every call on the channel waits here, so
     * no caller has to know which navigation came before it. The state is read and the listener added in one
     * task: no load can slip between them.
     */
    private static final String AFTER_LOAD = "(document.readyState === 'complete' ? Promise.resolve()"
            + " : new Promise(loaded => { addEventListener('load', loaded, {once: true});"
            + " setTimeout(loaded, " + LOAD_WAIT_MILLIS + "); }))";

    private InPage() {
    }

    /**
     * {@code function} is the source of a JavaScript function (arrow or not) taking {@code args} in order. Its
     * result comes back as JSON data: maps, lists, strings, booleans, numbers (as {@link Number}).
     *
     * @throws JavascriptException when the function throws or its promise is rejected
     * @throws StaleElementReferenceException when the page navigated while the function ran (on the channel;
     *                                        through the driver, the driver waits for the navigation first)
     */
    public static Object call(WebDriver driver, String function, List<?> args) {
        Optional<DevToolsChannel> channel = plainData(args) ? DevToolsChannel.of(driver) : Optional.empty();
        if (channel.isPresent()) {
            Map<String, Object> answer;
            try {
                answer = channel.get().send("Runtime.evaluate", Map.of(
                        "expression", AFTER_LOAD + ".then(() => (" + function + ")(..." + JSON.toJson(args) + "))",
                        "awaitPromise", true,
                        "returnByValue", true));
            } catch (DevToolsException e) {
                if (PAGE_GONE.stream().anyMatch(String.valueOf(e.getMessage())::contains)) {
                    // What WebDriver says of an element of a page that is no longer shown: waits look again.
                    throw new StaleElementReferenceException("the page changed while a script ran in it (it navigated)");
                }
                throw e;
            }
            if (answer.get("exceptionDetails") instanceof Map<?, ?> details) {
                Object exception = details.get("exception");
                Object description = exception instanceof Map<?, ?> e ? e.get("description") : null;
                throw new JavascriptException(String.valueOf(description != null ? description : details.get("text")));
            }
            return ((Map<?, ?>) answer.get("result")).get("value");
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(String.join("\n",
                "const done = arguments[arguments.length - 1];",
                "Promise.resolve().then(() => (" + function + ")(...Array.prototype.slice.call(arguments, 0, -1)))",
                "  .then(value => done({value}), e => done({error: String(e && e.stack || e)}));"),
                args.toArray());
        Map<?, ?> outcome = (Map<?, ?>) result;
        if (outcome.get("error") != null) {
            throw new JavascriptException(String.valueOf(outcome.get("error")));
        }
        return outcome.get("value");
    }

    /**
     * Whether the arguments are data JSON can carry, with no WebDriver element among them: what the DevTools
     * channel can take.
     */
    public static boolean plainData(Object value) {
        if (value instanceof WebElement) {
            return false;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().allMatch(InPage::plainData);
        }
        if (value instanceof Map<?, ?> m) {
            return m.values().stream().allMatch(InPage::plainData);
        }
        return true;
    }
}
