package dev.guidecheck.steps;

import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A replay heard now and told later, with when each thing happened. A run replays its procedures ahead, on
 * its own threads, while the test that reports a procedure runs later on the suite's thread; Allure's steps
 * and attachments belong to the thread running the test, so the test tells its listeners what the replay's
 * recording heard, and {@link #clock()} gives them the times it really happened.
 *
 * <p>One thread records, and the recording is played after the replay ended (the run hands it over through
 * a future, which orders the two).
 */
public final class ReplayRecording implements ReplayListener {

    private record Event(long at, Consumer<ReplayListener> told) {
    }

    private final List<Event> events = new ArrayList<>();
    private String thread = "";
    private long started;
    private long finished;
    private long playing;

    /** The thread the replay ran on, as reports name it. */
    public String thread() {
        return thread;
    }

    /** When the first thing was heard (epoch milliseconds), or 0 when nothing was. */
    public long started() {
        return started;
    }

    /** When the last thing was heard (epoch milliseconds), or 0 when nothing was. */
    public long finished() {
        return finished;
    }

    /**
     * Tells {@code listener} everything heard, in order, then forgets it (images are large, and a recording is
     * played once). While each event is told, {@link #clock()} reads the time it was heard.
     */
    public void playTo(ReplayListener listener) {
        for (Event event : events) {
            playing = event.at();
            event.told().accept(listener);
        }
        events.clear();
    }

    /** The time of the event being played: a listener's clock, so what it writes carries the replay's times. */
    public LongSupplier clock() {
        return () -> playing;
    }

    private void heard(Consumer<ReplayListener> told) {
        long now = System.currentTimeMillis();
        if (started == 0) {
            started = now;
        }
        finished = now;
        events.add(new Event(now, told));
    }

    @Override
    public void procedureStarted(Procedure procedure) {
        thread = Thread.currentThread().getName();
        heard(l -> l.procedureStarted(procedure));
    }

    @Override
    public void stepStarted(Step step) {
        heard(l -> l.stepStarted(step));
    }

    @Override
    public void attachment(String name, String mimeType, String extension, byte[] content) {
        heard(l -> l.attachment(name, mimeType, extension, content));
    }

    @Override
    public void imageTaken(String name, byte[] actual, byte[] expected, byte[] diff, String note) {
        heard(l -> l.imageTaken(name, actual, expected, diff, note));
    }

    @Override
    public void stepFinished(StepResult result) {
        heard(l -> l.stepFinished(result));
    }

    @Override
    public void procedureFinished(ProcedureResult result) {
        heard(l -> l.procedureFinished(result));
    }

    @Override
    public void retrying(ProcedureResult firstAttempt) {
        heard(l -> l.retrying(firstAttempt));
    }

    @Override
    public void notReplayed(ProcedureResult result) {
        thread = Thread.currentThread().getName();
        heard(l -> l.notReplayed(result));
    }
}
