package dev.guidecheck.verify;

import dev.guidecheck.browser.DevToolsChannel;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Reads the URL the provider sends the browser to after consent, without the browser loading it: the
 * callback is the reader's application (example.com in the guide), a host that need not exist and must never
 * receive the code. The browser's own network layer is asked (DevTools' Fetch domain) to pause every request
 * to the callback URL; the watch takes the paused request's URL and fails the request, so nothing leaves the
 * machine and the window stays on the consent page.
 */
final class CallbackWatch implements AutoCloseable {

    private final DevToolsChannel channel;
    private final String callbackUrl;
    private final BlockingQueue<String> seen = new LinkedBlockingQueue<>();
    /** The commands answering a paused request go from here: the connection's thread must not wait on itself. */
    private final ExecutorService answers = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "guidecheck-callback-watch");
        t.setDaemon(true);
        return t;
    });
    private final DevToolsChannel.Subscription subscription;
    /**
     * Set when the watch closes. An event already on its way when the subscription ends still arrives; it is
     * dropped, as the executor answering it is shut down (the browser fails the request once interception
     * is disabled).
     */
    private volatile boolean closed;

    private CallbackWatch(DevToolsChannel channel, String callbackUrl) {
        this.channel = channel;
        this.callbackUrl = callbackUrl;
        this.subscription = channel.on("Fetch.requestPaused", this::paused);
        channel.send("Fetch.enable", Map.of("patterns", List.of(Map.of(
                "urlPattern", pattern(callbackUrl) + "*", "requestStage", "Request"))));
    }

    /** Watches for requests to the callback URL (and anything after it: its query) from now until closed. */
    static CallbackWatch start(DevToolsChannel channel, String callbackUrl) {
        return new CallbackWatch(channel, callbackUrl);
    }

    void paused(Map<String, Object> event) {
        if (closed) {
            return;
        }
        Object request = event.get("request");
        String url = request instanceof Map<?, ?> r ? String.valueOf(r.get("url")) : "";
        Object id = event.get("requestId");
        boolean callback = url.startsWith(callbackUrl);
        if (callback) {
            seen.offer(url);
        }
        try {
            answers.execute(() -> {
                try {
                    channel.send(callback ? "Fetch.failRequest" : "Fetch.continueRequest",
                            callback ? Map.of("requestId", id, "errorReason", "Aborted") : Map.of("requestId", id));
                } catch (RuntimeException e) {
                    // the browser moved on (a closed window): nothing was loaded either way
                }
            });
        } catch (RejectedExecutionException e) {
            // closed between the check above and now: dropped like any event after close
        }
    }

    /** The first callback URL the browser was sent to within the timeout, with its query (code, state). */
    Optional<URI> await(Duration timeout) {
        try {
            return Optional.ofNullable(seen.poll(timeout.toMillis(), TimeUnit.MILLISECONDS)).map(URI::create);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        closed = true;
        subscription.close();
        answers.shutdown();
        try {
            answers.awaitTermination(2, TimeUnit.SECONDS);
            channel.send("Fetch.disable", Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a browser that is gone has no interception left to end
        }
    }

    /** The URL as a Fetch pattern: its wildcards ('*', '?') and the escape character taken literally. */
    static String pattern(String url) {
        return url.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }
}
