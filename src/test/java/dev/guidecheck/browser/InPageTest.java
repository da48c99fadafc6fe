package dev.guidecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.devtools.DevToolsException;
import org.testng.annotations.AfterClass;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * A script guidecheck runs in the page sees the page a reader would: one that has loaded. chromedriver's get can
 * return while the next document is still being read, and guidecheck's own DevTools session goes straight to it.
 */
public class InPageTest {

    /** A page sent in two halves: the second (with the element the scripts look for) only once the test says so. */
    private HttpServer server;
    private CountDownLatch secondHalf;
    private WebDriver driver;

    @BeforeClass
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/halves", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                // Enough bytes that the browser starts the document on the first half rather than waiting for more.
                out.write(("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><p id='start'>start</p>"
                        + "<!--" + " ".repeat(4096) + "-->").getBytes(StandardCharsets.UTF_8));
                out.flush();
                secondHalf.await(20, TimeUnit.SECONDS);
                out.write("<p id='end'>end</p></body></html>".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        driver = TestBrowsers.session().driver();
    }

    @AfterMethod(alwaysRun = true)
    public void sendTheRest() {
        secondHalf.countDown();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        server.stop(0);
    }

    @Test
    public void aScriptOnAPageStillLoadingRunsOnceItHasLoaded() throws Exception {
        DevToolsChannel channel = halfLoaded();

        CompletableFuture<Object> found = CompletableFuture.supplyAsync(
                () -> InPage.call(driver, "() => document.getElementById('end') !== null", List.of()));
        // Whatever the script saw had it run now, the page has not sent its end yet.
        assertThat(readyState(channel)).isEqualTo("loading");
        secondHalf.countDown();

        assertThat(found.get(10, TimeUnit.SECONDS)).isEqualTo(true);
    }

    @Test
    public void aScriptOnAPageThatNeverFinishesLoadingRunsAfterAWhileAnyway() {
        DevToolsChannel channel = halfLoaded();

        Object found = InPage.call(driver, "() => [document.readyState, document.getElementById('start') !== null]", List.of());

        assertThat(found).isEqualTo(List.of("loading", true));
        assertThat(readyState(channel)).isEqualTo("loading");
    }

    /**
     * Opens the page straight through the DevTools session, without waiting for its load, and returns once the
     * browser shows its first half.
     */
    private DevToolsChannel halfLoaded() {
        secondHalf = new CountDownLatch(1);
        DevToolsChannel channel = DevToolsChannel.of(driver).orElseThrow();
        String before = channel.document();
        channel.send("Page.navigate", Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/halves"));
        for (int look = 0; look < 200 && (channel.document().equals(before) || !"true".equals(startShown(channel))); look++) {
            Thread.onSpinWait();
        }
        assertThat(startShown(channel)).as("the first half is shown").isEqualTo("true");
        return channel;
    }

    /** Asked of the page on the raw channel, which does not wait for the load. */
    private static String readyState(DevToolsChannel channel) {
        return evaluate(channel, "document.readyState");
    }

    private static String startShown(DevToolsChannel channel) {
        return evaluate(channel, "String(document.getElementById('start') !== null)");
    }

    private static String evaluate(DevToolsChannel channel, String expression) {
        try {
            Object result = channel.send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true)).get("result");
            return String.valueOf(((Map<?, ?>) result).get("value"));
        } catch (DevToolsException betweenDocuments) {
            return "between documents";
        }
    }
}
