package dev.guidecheck.steps;

import dev.guidecheck.evidence.Picture;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.Step;
import dev.guidecheck.pages.LabelMovedException;
import dev.guidecheck.pages.LabelNotFoundException;
import dev.guidecheck.pages.Remedy;
import dev.guidecheck.pages.StepMissingException;
import dev.guidecheck.pages.WrongPageException;
import org.openqa.selenium.WebDriverException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays one procedure step by step: binds each sentence, performs it, takes the guide's images,
 * and stops at the first step that does not hold, saying where (file and line) and why.
 */
public final class ProcedureReplay {

    private final Phrases phrases;
    private final ReplayListener listener;

    public ProcedureReplay(Phrases phrases, ReplayListener listener) {
        this.phrases = phrases;
        this.listener = listener;
    }

    public ProcedureResult replay(Procedure procedure, StepContext context) {
        listener.procedureStarted(procedure);
        List<StepResult> results = new ArrayList<>();
        StepResult stopped = null;
        for (Step step : procedure.steps()) {
            if (stopped != null) {
                StepResult skipped = StepResult.skipped(step, "not run: step " + stopped.step().position()
                        + (stopped.status() == StepStatus.FAILED ? " failed" : " was not performed (read-only run)"));
                listener.stepStarted(step);
                listener.stepFinished(skipped);
                results.add(skipped);
                continue;
            }
            StepResult result = replay(step, context);
            results.add(result);
            if (result.status() == StepStatus.FAILED || result.status() == StepStatus.VERIFIED_NOT_PERFORMED) {
                stopped = result;
            }
        }
        ProcedureResult result = new ProcedureResult(procedure, results, context.credentials(), context.captures());
        listener.procedureFinished(result);
        return result;
    }

    /**
     * A procedure that could not be tried at all (no browser, no target): its first step fails as an
     * {@code environment} finding and the rest are skipped.
     */
    public ProcedureResult unable(Procedure procedure, String why) {
        listener.procedureStarted(procedure);
        List<StepResult> results = new ArrayList<>();
        for (Step step : procedure.steps()) {
            listener.stepStarted(step);
            StepResult result = results.isEmpty()
                    ? StepResult.failed(step, Category.ENVIRONMENT, why, Duration.ZERO)
                    : StepResult.skipped(step, "not run: the run could not start");
            listener.stepFinished(result);
            results.add(result);
        }
        ProcedureResult result = new ProcedureResult(procedure, results, List.of(), List.of());
        listener.procedureFinished(result);
        return result;
    }

    private StepResult replay(Step step, StepContext context) {
        listener.stepStarted(step);
        long start = System.nanoTime();
        StepResult result;
        try {
            context.beginStep(step);
            StepAction action = phrases.bind(step)
                    .orElseThrow(() -> new StepFailedException(Category.UNBOUND_STEP, Phrases.unbound(step)));
            action.perform(context);
            context.captureRemainingImages();
            context.publishImages();
            result = StepResult.passed(step, since(start));
        } catch (WriteNotPerformedException e) {
            result = StepResult.verifiedNotPerformed(step, e.getMessage(), since(start));
        } catch (StepFailedException e) {
            result = failure(step, e.category(), e.getMessage(), start, context, e.remedy().orElse(null));
        } catch (LabelNotFoundException e) {
            result = failure(step, Category.LABEL_NOT_FOUND, e.getMessage(), start, context, e.remedy());
        } catch (LabelMovedException e) {
            result = failure(step, Category.LABEL_MOVED, e.getMessage(), start, context, e.remedy());
        } catch (StepMissingException e) {
            result = failure(step, Category.STEP_MISSING, e.getMessage(), start, context, e.remedy());
        } catch (WrongPageException e) {
            result = failure(step, Category.ENVIRONMENT, e.getMessage(), start, context);
        } catch (WebDriverException e) {
            result = failure(step, Category.ENVIRONMENT, "the browser failed: " + firstLine(e.getMessage()), start, context);
        } catch (RuntimeException e) {
            // Whatever else goes wrong is recorded on the step: a result is never dropped. It is guidecheck's
            // own failure, not the guide's, so it counts as the run breaking.
            result = failure(step, Category.ENVIRONMENT, "guidecheck failed on this step (" + e.getClass().getSimpleName()
                    + ": " + firstLine(e.getMessage()) + "); please report it with this message", start, context);
        }
        listener.stepFinished(result);
        return result;
    }

    private StepResult failure(Step step, Category category, String why, long start, StepContext context) {
        return failure(step, category, why, start, context, null);
    }

    private StepResult failure(Step step, Category category, String why, long start, StepContext context, Remedy remedy) {
        String message = category == Category.UNBOUND_STEP && why.startsWith("no binding") ? why
                : "step " + step.position() + " (" + step.source() + ") \"" + step.text() + "\": "
                + context.scrubber().scrub(why);
        attachFailureEvidence(context);
        return StepResult.failed(step, category, message, since(start), remedy);
    }

    /**
     * A screenshot (masked and verified, or a placeholder saying why not) and the scrubbed page source,
     * attached to the failing step; best effort on a dead browser.
     */
    private void attachFailureEvidence(StepContext context) {
        if (context.driver() == null) {
            return; // a replay without a browser (the bindings' own tests) has no evidence to take
        }
        Picture screenshot = context.failureScreenshot();
        listener.attachment(screenshot.withheld().isPresent() ? "failure screenshot (withheld)" : "failure screenshot",
                "image/png", "png", screenshot.png());
        try {
            listener.attachment("page source (secrets scrubbed)", "text/html", "html",
                    context.pageSource().getBytes(StandardCharsets.UTF_8));
        } catch (WebDriverException e) {
            listener.attachment("no page source", "text/plain", "txt", ("the browser could not give the page source: "
                    + context.scrubber().scrub(firstLine(e.getMessage()))).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
