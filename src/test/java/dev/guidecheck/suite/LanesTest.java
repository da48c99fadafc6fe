package dev.guidecheck.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSession;
import dev.guidecheck.browser.BrowserSetupException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.openqa.selenium.WebDriver;
import org.testng.annotations.Test;

/** The run's lanes start their browser and target early, while the run reads its pages, and never twice. */
public class LanesTest {

    /** Sessions over a driver that does nothing: what a lane does with them is under test, not the browser. */
    private static final class FakeBrowsers implements BrowserFactory {
        final List<String> openedOn = new CopyOnWriteArrayList<>();
        final List<BrowserSession> opened = new CopyOnWriteArrayList<>();
        volatile int failuresLeft;
        volatile long startMillis;

        @Override
        public BrowserSession open() {
            openedOn.add(Thread.currentThread().getName());
            sleep(startMillis);
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new BrowserSetupException("Chromium did not start (a test's fake)", null);
            }
            WebDriver idle = (WebDriver) Proxy.newProxyInstance(WebDriver.class.getClassLoader(),
                    new Class<?>[] {WebDriver.class}, (proxy, method, args) -> null);
            BrowserSession session = new BrowserSession(idle, null);
            opened.add(session);
            return session;
        }
    }

    @Test
    public void aWarmedUpLaneGivesItsFirstReplayTheBrowserAndTargetItStartedBeforeAndStartsNothingTwice() {
        FakeBrowsers browsers = new FakeBrowsers();
        AtomicInteger targetsMade = new AtomicInteger();
        List<String> targetsMadeOn = new CopyOnWriteArrayList<>();
        Function<Integer, String> targets = lane -> {
            targetsMadeOn.add(Thread.currentThread().getName());
            return "target " + targetsMade.incrementAndGet();
        };
        try (Lanes<String> lanes = new Lanes<>(1, targets, null, browsers)) {
            lanes.warmUp();

            Lanes.Lane<String> lane = lanes.take();
            assertThat(lane.target()).isEqualTo("target 1");
            assertThat(lane.session()).isSameAs(browsers.opened.get(0));
            assertThat(lane.session()).isSameAs(browsers.opened.get(0));
            // Side by side: the replica does not wait for the browser, nor the browser for the replica.
            assertThat(browsers.openedOn).containsExactly("guidecheck-lane-0-browser-start");
            assertThat(targetsMadeOn).containsExactly("guidecheck-lane-0-target-start");
            assertThat(targetsMade).hasValue(1);
        }
    }

    @Test
    public void aBrowserThatFailedToStartEarlyIsStartedAgainByTheFirstReplayWhichMeetsItsFailure() {
        FakeBrowsers browsers = new FakeBrowsers();
        browsers.failuresLeft = 2;
        try (Lanes<String> lanes = new Lanes<>(1, lane -> "target", null, browsers)) {
            lanes.warmUp();
            Lanes.Lane<String> lane = lanes.take();

            assertThatThrownBy(lane::session).isInstanceOf(BrowserSetupException.class)
                    .hasMessageContaining("did not start");
            assertThat(browsers.openedOn).containsExactly("guidecheck-lane-0-browser-start", Thread.currentThread().getName());
            assertThat(lane.session()).isSameAs(browsers.opened.get(0));
        }
    }

    @Test
    public void aRunThatEndsWhileTheBrowserStillStartsClosesItOnceItIsUp() {
        FakeBrowsers browsers = new FakeBrowsers();
        browsers.startMillis = 300;
        Lanes<String> lanes = new Lanes<>(1, lane -> "target", null, browsers);
        lanes.warmUp();

        lanes.close();

        assertThat(browsers.opened).singleElement().matches(BrowserSession::isClosed, "closed");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
