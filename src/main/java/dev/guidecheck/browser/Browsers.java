package dev.guidecheck.browser;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.WebDriver;

/**
 * The browsers of a run, one per test thread: started when a thread first asks, replaced when one dies,
 * and all closed at the end. Owned by the suite's fixture, never by a page object.
 */
public final class Browsers implements AutoCloseable {

    private final BrowserFactory factory;
    private final ThreadLocal<BrowserSession> current = new ThreadLocal<>();
    // A ThreadLocal cannot list its values across threads; closeAll needs them all.
    private final Set<BrowserSession> open = ConcurrentHashMap.newKeySet();

    public Browsers(BrowserFactory factory) {
        this.factory = factory;
    }

    /** This thread's session, started now if the thread has none or its last one was closed. */
    public BrowserSession session() {
        BrowserSession session = current.get();
        if (session == null || session.isClosed()) {
            session = factory.open();
            current.set(session);
            open.add(session);
        }
        return session;
    }

    /** This thread's driver. */
    public WebDriver driver() {
        return session().driver();
    }

    /** Closes this thread's session (which may have died) and starts a new one. */
    public BrowserSession replace() {
        BrowserSession old = current.get();
        if (old != null) {
            open.remove(old);
            old.close();
            current.remove();
        }
        return session();
    }

    /** Closes every thread's session. A thread that asks again afterwards gets a new one. */
    public void closeAll() {
        for (BrowserSession session : List.copyOf(open)) {
            open.remove(session);
            session.close();
        }
        current.remove();
    }

    @Override
    public void close() {
        closeAll();
    }
}
