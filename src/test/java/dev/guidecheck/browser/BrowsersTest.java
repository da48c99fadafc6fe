package dev.guidecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.WebDriver;
import org.testng.annotations.Test;

public class BrowsersTest {

    /** Sessions around stand-in drivers that only count how often they were quit. */
    private static final class CountingFactory implements BrowserFactory {
        final List<BrowserSession> opened = new CopyOnWriteArrayList<>();
        final AtomicInteger quits = new AtomicInteger();

        @Override
        public BrowserSession open() {
            WebDriver driver = (WebDriver) Proxy.newProxyInstance(WebDriver.class.getClassLoader(),
                    new Class<?>[] {WebDriver.class}, (proxy, method, args) -> {
                        if (method.getName().equals("quit")) {
                            quits.incrementAndGet();
                        }
                        return null;
                    });
            BrowserSession session = new BrowserSession(driver, null);
            opened.add(session);
            return session;
        }
    }

    @Test
    public void aThreadGetsOneSessionStartedOnFirstUse() {
        CountingFactory factory = new CountingFactory();
        try (Browsers browsers = new Browsers(factory)) {
            assertThat(factory.opened).isEmpty();

            BrowserSession first = browsers.session();

            assertThat(browsers.session()).isSameAs(first);
            assertThat(browsers.driver()).isSameAs(first.driver());
            assertThat(factory.opened).hasSize(1);
        }
    }

    @Test
    public void eachThreadGetsItsOwnSessionAndCloseAllClosesThemAll() throws Exception {
        CountingFactory factory = new CountingFactory();
        Browsers browsers = new Browsers(factory);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int i = 0; i < 3; i++) {
                pool.submit(browsers::session).get();
            }
            browsers.session();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        int opened = factory.opened.size();
        assertThat(opened).isBetween(2, 4);

        browsers.closeAll();

        assertThat(factory.opened).allMatch(BrowserSession::isClosed);
        assertThat(factory.quits).hasValue(opened);
    }

    @Test
    public void replaceClosesTheOldSessionAndStartsANewOne() {
        CountingFactory factory = new CountingFactory();
        try (Browsers browsers = new Browsers(factory)) {
            BrowserSession dead = browsers.session();

            BrowserSession fresh = browsers.replace();

            assertThat(fresh).isNotSameAs(dead);
            assertThat(dead.isClosed()).isTrue();
            assertThat(browsers.session()).isSameAs(fresh);
        }
    }

    @Test
    public void aThreadAskingAfterCloseAllGetsANewSession() {
        CountingFactory factory = new CountingFactory();
        try (Browsers browsers = new Browsers(factory)) {
            BrowserSession before = browsers.session();
            browsers.closeAll();

            assertThat(browsers.session()).isNotSameAs(before);
        }
    }
}
