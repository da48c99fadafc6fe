package dev.guidecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.devtools.CdpInfo;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

public class DevToolsChannelTest {

    private LocalSite site;
    private BrowserSession session;

    @BeforeClass
    public void start() throws Exception {
        site = LocalSite.serving(Map.of(
                "/a", "<a id='next' href='/b'>next</a>",
                "/b", "<p id='b'>b</p>",
                "/later", "<button id='go' onclick=\"setTimeout(() => location.href = '/b', 300)\">go</button>"));
        session = TestBrowsers.session();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        site.close();
    }

    @Test
    public void aClickThatLeavesThePageEndsWithTheLoadOfANewDocument() {
        WebDriver driver = session.driver();
        driver.get(site.whereIs("/a").toString());
        DevToolsChannel channel = DevToolsChannel.of(driver).orElseThrow();
        String before = channel.document();

        driver.findElement(By.id("next")).click();

        assertThat(channel.awaitNewDocument(before, Duration.ofSeconds(10))).isTrue();
        assertThat(channel.document()).isNotEqualTo(before);
        assertThat(driver.findElement(By.id("b")).getText()).isEqualTo("b");
    }

    @Test
    public void aNavigationThePageStartsLaterIsWaitedFor() {
        WebDriver driver = session.driver();
        driver.get(site.whereIs("/later").toString());
        DevToolsChannel channel = DevToolsChannel.of(driver).orElseThrow();
        String before = channel.document();

        driver.findElement(By.id("go")).click();

        assertThat(channel.awaitNewDocument(before, Duration.ofSeconds(10))).isTrue();
        assertThat(driver.getCurrentUrl()).isEqualTo(site.whereIs("/b").toString());
    }

    @Test
    public void aPageThatStaysIsNoNewDocument() {
        WebDriver driver = session.driver();
        driver.get(site.whereIs("/b").toString());
        DevToolsChannel channel = DevToolsChannel.of(driver).orElseThrow();

        assertThat(channel.awaitNewDocument(channel.document(), Duration.ofMillis(300))).isFalse();
    }

    @Test
    public void aDriverWithoutDevToolsHasNoChannel() {
        WebDriver plain = (WebDriver) Proxy.newProxyInstance(WebDriver.class.getClassLoader(),
                new Class<?>[] {WebDriver.class}, (proxy, method, args) -> null);

        assertThat(DevToolsChannel.of(plain)).isEmpty();
    }

    @Test
    public void aBrowserSeleniumCarriesNoProtocolForIsSpokenToInTheNearestItCarries() {
        List<CdpInfo> carried = List.of(protocol(154), protocol(155), protocol(156));

        assertThat(DevToolsChannel.nearest(150, carried)).map(CdpInfo::getMajorVersion).contains(154);
        assertThat(DevToolsChannel.nearest(160, carried)).map(CdpInfo::getMajorVersion).contains(156);
        assertThat(DevToolsChannel.nearest(155, carried)).map(CdpInfo::getMajorVersion).contains(155);
        assertThat(DevToolsChannel.nearest(150, List.of())).isEmpty();
    }

    @Test
    public void theLocalBrowserHasAChannelWhicheverVersionItIs() {
        WebDriver driver = session.driver();
        driver.get(site.whereIs("/b").toString());

        // Debian's Chromium may be older or newer than the versions Selenium carries protocol classes for.
        assertThat(DevToolsChannel.of(driver)).isPresent();
        assertThat(DevToolsChannel.of(driver).orElseThrow().document()).isNotBlank();
    }

    private static CdpInfo protocol(int version) {
        return new CdpInfo(version, devTools -> null) {
        };
    }

    @Test
    public void aHandlerThatFailsIsLoggedWithoutTheEventAndTheOthersStillRun() {
        Map<String, Object> event = Map.of("request", Map.of("url", "https://example.com/cb?code=s3cr3t-code"));
        List<Map<String, Object>> reached = new ArrayList<>();
        List<Consumer<Map<String, Object>>> handlers = List.of(
                e -> {
                    throw new IllegalStateException("rejected " + e);
                },
                reached::add);
        List<String> logged = new ArrayList<>();
        Logger log = Logger.getLogger(DevToolsChannel.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new java.util.logging.SimpleFormatter().format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            DevToolsChannel.deliver("Fetch.requestPaused", event, handlers);
        } finally {
            log.removeHandler(capture);
        }

        assertThat(reached).containsExactly(event);
        assertThat(logged).singleElement().asString()
                .contains("Fetch.requestPaused", "IllegalStateException")
                .doesNotContain("s3cr3t-code");
    }
}
