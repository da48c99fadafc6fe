package dev.guidecheck.replica;

import io.javalin.http.Context;
import io.javalin.http.ServiceUnavailableResponse;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults a scheduled run meets on real sites, played by the replica: every page answered late, or
 * every n-th page answered 503. Deterministic (a counter, not chance), so a test can assert the outcome.
 *
 * @param delay     added before every page is answered
 * @param failEvery answer every n-th page request with 503; 0 never
 */
public record ReplicaFaults(Duration delay, int failEvery) {

    public static final ReplicaFaults NONE = new ReplicaFaults(Duration.ZERO, 0);

    public boolean any() {
        return !delay.isZero() || failEvery > 0;
    }

    /** Applies the faults to one request; {@code pages} counts page requests on this replica. */
    void apply(Context ctx, AtomicLong pages) throws InterruptedException {
        String path = ctx.path();
        if (path.startsWith("/replica-static/") || path.equals("/favicon.ico")) {
            return; // the browser's side requests vary in number and timing; faults stay on pages
        }
        if (!delay.isZero()) {
            // Simulated latency of a slow site, not synchronisation: the run under test must wait it out.
            TimeUnit.MILLISECONDS.sleep(delay.toMillis());
        }
        if (failEvery > 0 && pages.incrementAndGet() % failEvery == 0) {
            throw new ServiceUnavailableResponse("The service is temporarily unavailable. Please try again.");
        }
    }
}
