package dev.guidecheck.suite;

import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSession;
import dev.guidecheck.browser.Browsers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The run's lanes: {@code guidecheck.threads} of them, each a browser and the target it replays against,
 * used by one procedure at a time whatever thread runs it. So a run holds as many browsers and replicas
 * as it has threads for its whole length, however TestNG spreads the tests over its own threads.
 *
 * @param <T> what a lane replays against (the sites and, on the replica, the replica itself)
 */
final class Lanes<T> implements AutoCloseable {

    /**
     * One browser and one target, started when first used, or started early on a thread of their own
     * ({@link #warmUp}), kept for the run.
     */
    static final class Lane<T> {
        private final int number;
        private final Function<Integer, T> targets;
        private final Browsers shared;
        private final BrowserFactory factory;
        private final AtomicInteger browsersStarted;
        private BrowserSession session;
        private T target;
        /** The early start, until the lane is first used; what it could not start is started again then. */
        private volatile CompletableFuture<Void> warming;

        private Lane(int number, Function<Integer, T> targets, Browsers shared, BrowserFactory factory,
                     AtomicInteger browsersStarted) {
            this.number = number;
            this.targets = targets;
            this.shared = shared;
            this.factory = factory;
            this.browsersStarted = browsersStarted;
        }

        /**
         * Starts the target and the browser now, each on a daemon thread of its own, so that they are up when
         * the first replay takes the lane. Side by side, not one after the other: the replica took about 0.8 s
         * to start and the browser about 3 s, and the first replay waited for both. What started is used, never
         * started again; what failed to start is started again by that replay, which meets and reports the
         * failure as it would without the early start.
         */
        void warmUp() {
            warming = CompletableFuture.allOf(
                    CompletableFuture.runAsync(this::makeTarget, task -> startDaemon(task, "target")),
                    CompletableFuture.runAsync(this::openSession, task -> startDaemon(task, "browser")));
        }

        private void startDaemon(Runnable task, String what) {
            Thread thread = new Thread(task, "guidecheck-lane-" + number + "-" + what + "-start");
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits for the early start, if there was one: from here on only the lane's user touches the lane. */
        private void awaitWarmUp() {
            CompletableFuture<Void> early = warming;
            if (early == null) {
                return;
            }
            warming = null;
            try {
                early.join();
            } catch (CompletionException e) {
                // Whatever did not start is still null and is started again, and reported, by the caller.
            }
        }

        /** The lane's target, made on first use (lane 0 may share the JVM's replica; others get their own). */
        T target() {
            awaitWarmUp();
            return makeTarget();
        }

        private T makeTarget() {
            if (target == null) {
                target = targets.apply(number);
            }
            return target;
        }

        /** The lane's browser, started on first use or after the last one was closed. */
        BrowserSession session() {
            awaitWarmUp();
            return openSession();
        }

        private BrowserSession openSession() {
            if (shared != null) {
                return shared.session();
            }
            if (session == null || session.isClosed()) {
                session = factory.open();
                browsersStarted.incrementAndGet();
            }
            return session;
        }

        /** A new browser in place of the current one, which may have died. */
        BrowserSession freshSession() {
            awaitWarmUp();
            if (shared != null) {
                return shared.replace();
            }
            if (session != null) {
                session.close();
                session = null;
            }
            return openSession();
        }

        private void close() {
            awaitWarmUp(); // a browser still starting is closed once it is up, not left running
            if (session != null) {
                session.close();
            }
        }
    }

    private final BlockingQueue<Lane<T>> free;
    private final List<Lane<T>> all = new ArrayList<>();
    /** Whether the first lane was started early: once a run, whichever page asks first. */
    private boolean warmedUp;
    private final AtomicInteger browsersStarted = new AtomicInteger();

    /**
     * @param shared browsers someone else owns (a test running many short runs), or null to start and
     *               close the lanes' own with {@code factory}
     */
    Lanes(int count, Function<Integer, T> targets, Browsers shared, BrowserFactory factory) {
        free = new ArrayBlockingQueue<>(count);
        for (int i = 0; i < count; i++) {
            Lane<T> lane = new Lane<>(i, targets, shared, factory, browsersStarted);
            all.add(lane);
            free.add(lane);
        }
    }

    /** A free lane; waits while every lane is in use (never longer than a procedure takes). */
    Lane<T> take() {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a browser", e);
        }
    }

    void give(Lane<T> lane) {
        free.add(lane);
    }

    /**
     * Starts the first lane's target and browser while the run does other work (reading and linting its
     * pages): the browser's start is the longest part of a run's start-up. Only for lanes whose browsers
     * the run owns; the second call does nothing.
     */
    void warmUp() {
        Lane<T> first = all.get(0);
        if (first.shared == null && !warmedUp) {
            warmedUp = true;
            first.warmUp();
        }
    }

    /** How many lanes there are: at most this many replays run at once. */
    int count() {
        return all.size();
    }

    /** How many browsers the lanes started (not shared ones): one per lane used, more when one died and was replaced. */
    int browsersStarted() {
        return browsersStarted.get();
    }

    /** How many lanes made their target (a replica, or the live sites): the lanes the run used. */
    int lanesUsed() {
        all.forEach(Lane::awaitWarmUp);
        return (int) all.stream().filter(l -> l.target != null).count();
    }

    /** Closes the browsers the lanes started (not shared ones). */
    @Override
    public void close() {
        all.forEach(Lane::close);
    }
}
