package dev.guidecheck.browser;

import java.time.Duration;

/**
 * The browser starts in flight, so that the JVM's end never overtakes one. A run stopped while a lane was
 * starting a browser (a replacement for one that died, or the second lane's first) ended before the start
 * did: the hook that closes sessions at exit never saw that one, and Chromium, its driver and its profile
 * outlived the JVM. Now the JVM's end waits for the starts in flight, each of which closes what it started
 * when it was too late to be closed at exit, and no start begins after it.
 */
final class BrowserStarts {

    /** How long the JVM's end waits for starts in flight; a start took about 2 s on two busy cores. */
    static final Duration END_WAITS_AT_MOST = Duration.ofSeconds(20);

    private static final Object LOCK = new Object();
    private static int inFlight;
    private static boolean ending;

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserStarts::awaitStartsInFlight, "guidecheck-browser-starts"));
        } catch (IllegalStateException jvmEnding) {
            ending = true; // first used as the JVM ends: nothing starts
        }
    }

    private BrowserStarts() {
    }

    /**
     * Before a start.
     *
     * @throws BrowserSetupException when the JVM is ending: no browser may start then
     */
    static void begin() {
        synchronized (LOCK) {
            if (ending) {
                throw new BrowserSetupException("the run is stopping: no browser is started");
            }
            inFlight++;
        }
    }

    /**
     * After a start, whatever its end, and after closing what it started if no hook will close it at exit
     * ({@link BrowserSession#closedAtExit}): the JVM's end waits for this.
     */
    static void finish() {
        synchronized (LOCK) {
            inFlight--;
            LOCK.notifyAll();
        }
    }

    private static void awaitStartsInFlight() {
        long deadline = System.nanoTime() + END_WAITS_AT_MOST.toNanos();
        synchronized (LOCK) {
            ending = true;
            long left;
            while (inFlight > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    LOCK.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
