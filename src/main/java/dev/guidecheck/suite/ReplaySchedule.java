package dev.guidecheck.suite;

import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.ReplayListeners;
import dev.guidecheck.steps.ReplayRecording;
import dev.guidecheck.verify.CredentialVerdict;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The run's work fed to its lanes ahead of the tests that report it: every procedure of every page, in the
 * pages' order, on one worker per lane; and each page's credentials checked and tried as soon as that
 * page's own procedures are done, on the worker that finished the last of them. So a lane never idles at
 * one page's end while another page has procedures left, and a test only waits for what it reports.
 *
 * <p>Each replay is heard live by the run's listener (the console's progress lines) and recorded, so the
 * test that reports it can tell its own listeners (Allure's steps, which belong to the test's thread).
 */
final class ReplaySchedule implements AutoCloseable {

    /** What a replay gave, and what it told its listeners, to be told again by the test that reports it. */
    record Replayed(ProcedureResult result, ReplayRecording recording) {
    }

    /** A page's credentials: found as its table promises, then tried on the provider. */
    record Credentials(List<CredentialCheck.Outcome> found, List<CredentialVerdict> verdicts) {
    }

    /** Runs the work; null when it all ran on the thread that made the schedule. */
    private final ExecutorService workers;
    private final Map<Procedure, CompletableFuture<Replayed>> replays = new IdentityHashMap<>();
    private final Map<GuideRun.PageRun, CompletableFuture<Credentials>> credentials = new IdentityHashMap<>();

    /**
     * Starts the work at once.
     *
     * @param live what hears each replay as it runs, besides its recording
     */
    ReplaySchedule(GuideRun run, int lanes, BiFunction<GuideRun.PageRun, Procedure, ReplayListener> live) {
        this(run, workers(lanes), live);
    }

    /** The same work done at once, on this thread, before this returns: for a run in this thread's browser. */
    static ReplaySchedule onThisThread(GuideRun run, BiFunction<GuideRun.PageRun, Procedure, ReplayListener> live) {
        return new ReplaySchedule(run, null, live);
    }

    private static ExecutorService workers(int lanes) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(lanes, task -> {
            Thread thread = new Thread(task, "guidecheck-replay-" + number.incrementAndGet());
            thread.setDaemon(true); // a suite that gave up early must not be kept alive by its replays
            return thread;
        });
    }

    private ReplaySchedule(GuideRun run, ExecutorService workers, BiFunction<GuideRun.PageRun, Procedure, ReplayListener> live) {
        this.workers = workers;
        Executor executor = workers != null ? workers : Runnable::run;
        for (GuideRun.PageRun page : run.pages()) {
            List<CompletableFuture<Replayed>> ofPage = new ArrayList<>();
            for (Procedure procedure : page.guide().map(GuidePage::procedures).orElse(List.of())) {
                CompletableFuture<Replayed> replay = CompletableFuture.supplyAsync(() -> {
                    ReplayRecording recording = new ReplayRecording();
                    ProcedureResult result = run.replay(page, procedure,
                            ReplayListeners.of(live.apply(page, procedure), recording));
                    return new Replayed(result, recording);
                }, executor);
                replays.put(procedure, replay);
                ofPage.add(replay);
            }
            if (page.guide().isPresent()) {
                // Not ...Async: on the thread that finished the page's last procedure, before the queue's next one.
                credentials.put(page, CompletableFuture.allOf(ofPage.toArray(CompletableFuture[]::new))
                        .handle((done, failed) -> new Credentials(run.checkCredentials(page), run.verifyCredentials(page))));
            }
        }
    }

    /** The procedure's replay, waiting for it if it has not ended. */
    Replayed replayed(Procedure procedure) {
        CompletableFuture<Replayed> replay = replays.get(procedure);
        if (replay == null) {
            throw new IllegalArgumentException("not a procedure of the run: " + procedure.title());
        }
        return await(replay);
    }

    /** The page's credentials, once its procedures are done and they were tried; waits until then. */
    Credentials credentials(GuideRun.PageRun page) {
        CompletableFuture<Credentials> found = credentials.get(page);
        if (found == null) {
            throw new IllegalArgumentException("not a page of the run with a guide: " + page.path());
        }
        return await(found);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            // What went wrong in the worker, as if it had gone wrong here.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        } catch (CancellationException e) {
            throw new IllegalStateException("the run was closed before this replay ended", e);
        }
    }

    /**
     * Stops what is still queued and interrupts what runs (only when a suite ended without reporting every
     * procedure), then waits for the workers, bounded: the lanes close after this, under no replay.
     */
    @Override
    public void close() {
        if (workers == null) {
            return;
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
