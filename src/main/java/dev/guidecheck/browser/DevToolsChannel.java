package dev.guidecheck.browser;

import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.devtools.CdpInfo;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.Connection;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.Event;
import org.openqa.selenium.devtools.HasDevTools;
import org.openqa.selenium.devtools.SeleniumCdpConnection;
import org.openqa.selenium.devtools.noop.NoOpDomains;
import org.openqa.selenium.json.Json;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * A DevTools session of guidecheck's own on the browser's window, beside the driver's: the browser tells it
 * when a document has loaded, so waiting for a page is waiting for an event rather than asking the page
 * again and again, and a few housekeeping commands go straight to the browser instead of through the
 * driver. A driver without DevTools (some remote drivers) has no channel, and its callers do without.
 */
public final class DevToolsChannel {

    private static final System.Logger LOG = System.getLogger(DevToolsChannel.class.getName());

    /** Longest one DevTools command may take, attaching included, before the channel counts as broken. */
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(5);
    /**
     * Most looks at the frame tree one wait takes, one per load the browser reports (frames included): a
     * page that loads something without end cannot keep a wait busy until its timeout.
     */
    static final int MAX_LOOKS = 100;
    /** How many loaded documents are remembered: enough for any redirect chain a click starts. */
    private static final int REMEMBERED = 32;

    /**
     * One channel per driver, made on first use; an empty one when the driver cannot have one. Only drivers
     * offering DevTools (Selenium's own, which keep Object's identity and hash) are ever keys.
     */
    private static final Map<WebDriver, Optional<DevToolsChannel>> CHANNELS = new WeakHashMap<>();

    private final WebDriver driver;
    private final DevTools devTools;
    /** The connection this channel opened itself (see {@link #nearestProtocol}), closed with it; null when the driver's. */
    private final Connection owned;
    /** "frame id/loader id" of each document whose load event fired, oldest first. */
    private final Set<String> loaded = new LinkedHashSet<>();
    /** Handlers of other events, by event name; the DevTools listener of each name is added once. */
    private final Map<String, java.util.List<java.util.function.Consumer<Map<String, Object>>>> handlers =
            new java.util.concurrent.ConcurrentHashMap<>();
    private long loads;

    private DevToolsChannel(WebDriver driver, DevTools devTools, Connection owned) {
        this.driver = driver;
        this.devTools = devTools;
        this.owned = owned;
    }

    /** This driver's channel, attached on the first call; empty when the driver offers no DevTools protocol. */
    public static Optional<DevToolsChannel> of(WebDriver driver) {
        if (!(driver instanceof HasDevTools)) {
            return Optional.empty();
        }
        synchronized (CHANNELS) {
            Optional<DevToolsChannel> known = CHANNELS.get(driver);
            if (known != null) {
                return known;
            }
        }
        // Attached outside the lock: each thread attaches to its own browser, without waiting for the others.
        Optional<DevToolsChannel> made = attach(driver);
        synchronized (CHANNELS) {
            Optional<DevToolsChannel> known = CHANNELS.putIfAbsent(driver, made);
            return known != null ? known : made;
        }
    }

    /** Closes this driver's channel, if it has one: before the driver quits. Never throws. */
    public static void close(WebDriver driver) {
        if (driver instanceof HasDevTools) {
            forget(driver).ifPresent(DevToolsChannel::detach);
        }
    }

    /**
     * Forgets this driver's channel after windows were closed, as the one it watched may be among them; the next
     * {@link #of} attaches to the window the driver shows then. Never throws.
     */
    public static void windowsClosed(WebDriver driver) {
        forget(driver).ifPresent(DevToolsChannel::release);
    }

    private static Optional<DevToolsChannel> forget(WebDriver driver) {
        Optional<DevToolsChannel> channel;
        synchronized (CHANNELS) {
            channel = CHANNELS.remove(driver);
        }
        return channel == null ? Optional.empty() : channel;
    }

    private static Optional<DevToolsChannel> attach(WebDriver driver) {
        Connection owned = null;
        try {
            DevTools devTools = ((HasDevTools) driver).getDevTools();
            if (devTools.getDomains() instanceof NoOpDomains) {
                owned = connectionOf(driver);
                devTools = nearestProtocol(driver, owned);
            }
            // A session of its own on the window shown now: an earlier one may be on a window since closed.
            devTools.createSession(driver.getWindowHandle());
            DevToolsChannel channel = new DevToolsChannel(driver, devTools, owned);
            devTools.addListener(new Event<>("Page.lifecycleEvent", input -> input.<Map<String, Object>>read(Json.MAP_TYPE)),
                    channel::lifecycle);
            devTools.send(new Command<>("Page.enable", Map.of()), COMMAND_TIMEOUT);
            devTools.send(new Command<>("Page.setLifecycleEventsEnabled", Map.of("enabled", true)), COMMAND_TIMEOUT);
            return Optional.of(channel);
        } catch (WebDriverException | IllegalStateException e) {
            if (owned != null) {
                owned.close();
            }
            // The page objects fall back to asking the page; say once why, for whoever reads the log.
            LOG.log(Level.INFO, "no DevTools channel to {0}, waiting for pages by asking them: {1}",
                    driver.getClass().getSimpleName(), ChromeBrowserFactory.firstLine(e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * A DevTools on this connection, speaking the protocol version Selenium carries that is nearest the
     * browser's. Selenium ships typed protocol classes for its three newest Chromium versions only and gives
     * any other browser a protocol whose every command fails; but this channel sends its commands by name, and
     * the only typed ones (attaching to a window: {@code Target.getTargets}, {@code Target.attachToTarget}) have
     * not changed in years, so an older or newer browser (Debian's Chromium often trails Selenium) works.
     */
    private static DevTools nearestProtocol(WebDriver driver, Connection connection) {
        int browser = majorVersion(driver);
        Optional<CdpInfo> nearest = nearest(browser, ServiceLoader.load(CdpInfo.class, DevToolsChannel.class.getClassLoader()));
        if (nearest.isEmpty()) {
            connection.close();
            throw new IllegalStateException("no selenium-devtools-v* artifact is on the class path");
        }
        LOG.log(Level.DEBUG, "Chromium {0} speaks to DevTools through Selenium''s protocol {1}",
                browser, nearest.get().getMajorVersion());
        return new DevTools(nearest.get()::getDomains, connection);
    }

    /** Of the protocol versions Selenium carries, the one nearest the browser's major version; the newer on a tie. */
    static Optional<CdpInfo> nearest(int browser, Iterable<CdpInfo> carried) {
        CdpInfo nearest = null;
        for (CdpInfo info : carried) {
            int distance = Math.abs(info.getMajorVersion() - browser);
            if (nearest == null || distance < Math.abs(nearest.getMajorVersion() - browser)
                    || distance == Math.abs(nearest.getMajorVersion() - browser) && info.getMajorVersion() > nearest.getMajorVersion()) {
                nearest = info;
            }
        }
        return Optional.ofNullable(nearest);
    }

    private static Connection connectionOf(WebDriver driver) {
        return SeleniumCdpConnection.create(driver)
                .orElseThrow(() -> new IllegalStateException("the browser named no DevTools address"));
    }

    /** The browser's major version (150 of "150.0.7871.100"); 0 when it does not say. */
    static int majorVersion(WebDriver driver) {
        String version = driver instanceof HasCapabilities ? ((HasCapabilities) driver).getCapabilities().getBrowserVersion() : "";
        int dot = version == null ? -1 : version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? String.valueOf(version) : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void lifecycle(Map<String, Object> event) {
        if (!"load".equals(event.get("name"))) {
            return;
        }
        synchronized (this) {
            loaded.add(event.get("frameId") + "/" + event.get("loaderId"));
            while (loaded.size() > REMEMBERED) {
                loaded.remove(loaded.iterator().next());
            }
            loads++;
            notifyAll();
        }
    }

    /** The document the window shows now, as the browser names it (its main frame's loader id). */
    public String document() {
        return mainFrame().get("loaderId").toString();
    }

    /**
     * Waits until the window shows a document other than {@code before} whose load event has fired: what a
     * click that leaves the page, or a form submit, leads to. Sleeps until the browser reports a load, and
     * asks the browser which document it shows after each; false if the timeout passes first (or after
     * {@value #MAX_LOOKS} loads that were not it).
     */
    public boolean awaitNewDocument(String before, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int look = 0; look < MAX_LOOKS; look++) {
            long seen;
            synchronized (this) {
                seen = loads;
            }
            Map<?, ?> frame = mainFrame();
            String document = frame.get("loaderId").toString();
            synchronized (this) {
                if (!document.equals(before) && loaded.contains(frame.get("id") + "/" + document)) {
                    return true;
                }
                try {
                    while (loads == seen) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return false;
                        }
                        wait(Math.max(1, left / 1_000_000));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    /** A handler's registration; closing it stops the calls. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Calls the handler with the parameters of every event of that name the browser sends (e.g.
     * {@code Fetch.requestPaused}) until the subscription is closed. Handlers run on the connection's
     * thread: they should hand work on rather than send commands and wait.
     */
    public Subscription on(String event, java.util.function.Consumer<Map<String, Object>> handler) {
        java.util.List<java.util.function.Consumer<Map<String, Object>>> list = handlers.computeIfAbsent(event, name -> {
            java.util.List<java.util.function.Consumer<Map<String, Object>>> made = new java.util.concurrent.CopyOnWriteArrayList<>();
            devTools.addListener(new Event<>(name, input -> input.<Map<String, Object>>read(Json.MAP_TYPE)),
                    params -> deliver(name, params, made));
            return made;
        });
        list.add(handler);
        return () -> list.remove(handler);
    }

    /**
     * Hands an event to each handler. A handler that throws is logged by the event's name and the exception's
     * class only, and the others still run: left to Selenium, the exception would be logged with the event,
     * and an event's parameters can hold a secret (a paused request's URL carries the OAuth code).
     */
    static void deliver(String event, Map<String, Object> params,
                        java.util.List<java.util.function.Consumer<Map<String, Object>>> handlers) {
        for (java.util.function.Consumer<Map<String, Object>> handler : handlers) {
            try {
                handler.accept(params);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a handler of the DevTools event {0} failed ({1}); the event is not logged,"
                        + " it may hold a secret", event, e.getClass().getName());
            }
        }
    }

    /** Sends a DevTools command to the window straight to the browser, and returns its result. */
    public Map<String, Object> send(String method, Map<String, Object> params) {
        Map<String, Object> result = devTools.send(new Command<>(method, params,
                input -> input.<Map<String, Object>>read(Json.MAP_TYPE)), COMMAND_TIMEOUT);
        return result == null ? Map.of() : Collections.unmodifiableMap(result);
    }

    private Map<?, ?> mainFrame() {
        Map<?, ?> tree = (Map<?, ?>) send("Page.getFrameTree", Map.of()).get("frameTree");
        return (Map<?, ?>) tree.get("frame");
    }

    /** Stops listening, and closes the connection this channel opened itself (only the socket: see {@link #detach}). */
    private void release() {
        quietly(devTools::clearListeners);
        if (owned != null) {
            quietly(owned::close);
        }
    }

    private void detach() {
        release();
        // A local driver owns its connection and closes it when it quits: nothing to send to a browser that may
        // be dead or hung. An augmented remote driver does not close what it gave out.
        if (owned == null && !(driver instanceof ChromiumDriver)) {
            quietly(devTools::close);
        }
    }

    /** Runs an action on a channel whose browser or window may be gone: that is no error here. */
    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "the DevTools channel was already gone: {0}", ChromeBrowserFactory.firstLine(e.getMessage()));
        }
    }
}
