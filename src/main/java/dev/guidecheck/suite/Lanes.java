package dev.guidecheck.suite;

import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSession;
import dev.guidecheck.browser.Browsers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * The run's lanes: {@code guidecheck.threads} of them, each a browser and the target it replays against,
 * used by one procedure at a time whatever thread runs it. So a run holds as many browsers and replicas
 * as it has threads for its whole length, however TestNG spreads the tests over its own threads.
 *
 * @param <T> what a lane replays against (the sites and, on the replica, the replica itself)
 */
final class Lanes<T> implements AutoCloseable {

    /** One browser and one target, started when first used, kept for the run. */
    static final class Lane<T> {
        private final int number;
        private final Function<Integer, T> targets;
        private final Browsers shared;
        private final BrowserFactory factory;
        private BrowserSession session;
        private T target;

        private Lane(int number, Function<Integer, T> targets, Browsers shared, BrowserFactory factory) {
            this.number = number;
            this.targets = targets;
            this.shared = shared;
            this.factory = factory;
        }

        /** The lane's target, made on first use (lane 0 may share the JVM's replica; others get their own). */
        T target() {
            if (target == null) {
                target = targets.apply(number);
            }
            return target;
        }

        /** The lane's browser, started on first use or after the last one was closed. */
        BrowserSession session() {
            if (shared != null) {
                return shared.session();
            }
            if (session == null || session.isClosed()) {
                session = factory.open();
            }
            return session;
        }

        /** A new browser in place of the current one, which may have died. */
        BrowserSession freshSession() {
            if (shared != null) {
                return shared.replace();
            }
            if (session != null) {
                session.close();
                session = null;
            }
            return session();
        }

        private void close() {
            if (session != null) {
                session.close();
            }
        }
    }

    private final BlockingQueue<Lane<T>> free;
    private final List<Lane<T>> all = new ArrayList<>();

    /**
     * @param shared browsers someone else owns (a test running many short runs), or null to start and
     *               close the lanes' own with {@code factory}
     */
    Lanes(int count, Function<Integer, T> targets, Browsers shared, BrowserFactory factory) {
        free = new ArrayBlockingQueue<>(count);
        for (int i = 0; i < count; i++) {
            Lane<T> lane = new Lane<>(i, targets, shared, factory);
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

    /** The targets made so far, to stop the ones the run owns. */
    List<T> targets() {
        return all.stream().filter(l -> l.target != null).map(l -> l.target).toList();
    }

    /** Closes the browsers the lanes started (not shared ones). */
    @Override
    public void close() {
        all.forEach(Lane::close);
    }
}
