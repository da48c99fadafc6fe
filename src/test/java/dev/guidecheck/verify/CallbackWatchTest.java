package dev.guidecheck.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.guidecheck.browser.BrowserSession;
import dev.guidecheck.browser.DevToolsChannel;
import dev.guidecheck.browser.LocalSite;
import dev.guidecheck.browser.TestBrowsers;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

public class CallbackWatchTest {

    private static final String CALLBACK = "https://example.com/oauth/callback";

    private LocalSite site;
    private BrowserSession session;

    @BeforeClass
    public void start() throws Exception {
        site = LocalSite.serving(Map.of("/consent",
                "<h1>Allow access?</h1><a id='allow' href='" + CALLBACK + "?code=c0de-never-sent&state=s'>Allow</a>"));
        session = TestBrowsers.session();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        site.close();
    }

    @Test
    public void theCallbackIsReadWithItsQueryAndTheBrowserStaysOnTheConsentPage() {
        WebDriver driver = session.driver();
        driver.get(site.whereIs("/consent").toString());
        DevToolsChannel channel = DevToolsChannel.of(driver).orElseThrow();

        Optional<URI> callback;
        try (CallbackWatch watch = CallbackWatch.start(channel, CALLBACK)) {
            driver.findElement(By.id("allow")).click();
            callback = watch.await(Duration.ofSeconds(10));
        }

        assertThat(callback).contains(URI.create(CALLBACK + "?code=c0de-never-sent&state=s"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Allow access?");
    }

    @Test
    public void aPausedRequestThatArrivesAfterTheWatchClosedIsDropped() {
        WebDriver driver = session.driver();
        driver.get(site.whereIs("/consent").toString());
        CallbackWatch watch = CallbackWatch.start(DevToolsChannel.of(driver).orElseThrow(), CALLBACK);
        watch.close();

        // Before the fix this threw RejectedExecutionException, which Selenium logged with the URL's code.
        assertThatCode(() -> watch.paused(Map.of("requestId", "late-1",
                "request", Map.of("url", CALLBACK + "?code=c0de-never-sent"))))
                .doesNotThrowAnyException();
        assertThat(watch.await(Duration.ofMillis(50))).isEmpty();
    }
}
