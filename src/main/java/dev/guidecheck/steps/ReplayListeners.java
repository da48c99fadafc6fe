package dev.guidecheck.steps;

import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.Step;

import java.util.List;

/** Several listeners heard as one, in the order given. */
public final class ReplayListeners implements ReplayListener {

    private final List<ReplayListener> listeners;

    private ReplayListeners(List<ReplayListener> listeners) {
        this.listeners = listeners;
    }

    public static ReplayListener of(ReplayListener... listeners) {
        return new ReplayListeners(List.of(listeners));
    }

    @Override
    public void procedureStarted(Procedure procedure) {
        listeners.forEach(l -> l.procedureStarted(procedure));
    }

    @Override
    public void stepStarted(Step step) {
        listeners.forEach(l -> l.stepStarted(step));
    }

    @Override
    public void attachment(String name, String mimeType, String extension, byte[] content) {
        listeners.forEach(l -> l.attachment(name, mimeType, extension, content));
    }

    @Override
    public void imageTaken(String name, byte[] actual, byte[] expected, byte[] diff, String note) {
        listeners.forEach(l -> l.imageTaken(name, actual, expected, diff, note));
    }

    @Override
    public void stepFinished(StepResult result) {
        listeners.forEach(l -> l.stepFinished(result));
    }

    @Override
    public void procedureFinished(ProcedureResult result) {
        listeners.forEach(l -> l.procedureFinished(result));
    }

    @Override
    public void retrying(ProcedureResult firstAttempt) {
        listeners.forEach(l -> l.retrying(firstAttempt));
    }

    @Override
    public void notReplayed(ProcedureResult result) {
        listeners.forEach(l -> l.notReplayed(result));
    }
}
