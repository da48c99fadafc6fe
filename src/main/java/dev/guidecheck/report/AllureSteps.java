package dev.guidecheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.guide.Step;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.StepResult;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Writes each guide step as an Allure step named "N. rendered text", with its file and line as
 * parameters; evidence arriving during a step is attached to that step. A retried procedure's first
 * attempt becomes an Allure retry of the test (a result of its own with the same history id), so the
 * report shows one test with its retry, not the steps twice.
 */
public final class AllureSteps implements ReplayListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AllureLifecycle lifecycle;
    private final LongSupplier clock;
    private String uuid;
    private io.qameta.allure.model.StepResult current;
    private long currentStart;

    /** Steps of the test case Allure's own lifecycle (the TestNG listener's) is running, as they happen. */
    public AllureSteps() {
        this(Allure.getLifecycle());
    }

    /** Steps of the test case running in {@code lifecycle}, e.g. one writing a result set of its own. */
    public AllureSteps(AllureLifecycle lifecycle) {
        this(lifecycle, System::currentTimeMillis);
    }

    /**
     * Steps timed by {@code clock} (epoch milliseconds) rather than by when Allure hears them: a replay told
     * again from its recording ({@code ReplayRecording.clock()}) keeps the times it ran at.
     */
    public AllureSteps(AllureLifecycle lifecycle, LongSupplier clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Override
    public void stepStarted(Step step) {
        uuid = UUID.randomUUID().toString();
        currentStart = clock.getAsLong();
        current = new io.qameta.allure.model.StepResult();
        lifecycle.startStep(uuid, current
                .setName(step.position() + ". " + step.text())
                .setParameters(List.of(
                        new Parameter().setName("file").setValue(step.source().file()),
                        new Parameter().setName("line").setValue(String.valueOf(step.source().line())))));
    }

    @Override
    public void attachment(String name, String mimeType, String extension, byte[] content) {
        lifecycle.addAttachment(name, mimeType, extension, new ByteArrayInputStream(content));
    }

    /**
     * The image, and when it changed, Allure's own screen diff (expected, actual and the changes, shown side
     * by side or overlaid in the report) with a note when the sizes differ.
     */
    @Override
    public void imageTaken(String name, byte[] actual, byte[] expected, byte[] diff, String note) {
        attachment(name, "image/png", "png", actual);
        if (diff == null) {
            return;
        }
        Map<String, String> screenDiff = new LinkedHashMap<>();
        if (expected != null) {
            screenDiff.put("expected", dataUrl(expected));
        }
        screenDiff.put("actual", dataUrl(actual));
        screenDiff.put("diff", dataUrl(diff));
        try {
            attachment(name + " against the docs tree", "application/vnd.allure.image.diff", "json",
                    JSON.writeValueAsBytes(screenDiff));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("three strings always make JSON", e);
        }
        if (note != null) {
            attachment(name + ": how it was compared", "text/plain", "txt", note.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    @Override
    public void stepFinished(StepResult result) {
        Status status = switch (result.status()) {
            case PASSED -> Status.PASSED;
            case FAILED -> result.category().isGuideFinding() ? Status.FAILED : Status.BROKEN;
            case SKIPPED, NOT_RUN, NOT_COVERED -> Status.SKIPPED;
            // Checked up to the click on a read-only run: it holds as far as it was allowed to go.
            case VERIFIED_NOT_PERFORMED -> Status.PASSED;
        };
        lifecycle.updateStep(uuid, s -> {
            s.setStatus(status);
            if (result.message() != null) {
                s.setStatusDetails(new StatusDetails().setMessage(result.message()));
            }
        });
        lifecycle.stopStep(uuid);
        // Allure stamps a step with its own clock when it starts and stops it; the step's times are the replay's.
        current.setStart(currentStart);
        current.setStop(clock.getAsLong());
    }

    /**
     * Moves what the test holds so far (the first attempt's steps and attachments) into a finished,
     * broken result of its own with the test's history id, and starts the test afresh for the retry.
     */
    @Override
    public void retrying(ProcedureResult firstAttempt) {
        lifecycle.getCurrentTestCase().ifPresent(test -> {
            long now = clock.getAsLong();
            String message = firstAttempt.failure().map(f -> "[" + f.category().id() + "] " + f.message()).orElse("");
            AtomicReference<TestResult> first = new AtomicReference<>();
            lifecycle.updateTestCase(test, tc -> {
                first.set(new TestResult()
                        .setUuid(UUID.randomUUID().toString())
                        .setHistoryId(tc.getHistoryId())
                        .setTestCaseId(tc.getTestCaseId())
                        .setName(tc.getName())
                        .setFullName(tc.getFullName())
                        .setDescription(tc.getDescription())
                        .setLabels(new ArrayList<>(tc.getLabels()))
                        .setLinks(new ArrayList<>(tc.getLinks()))
                        .setParameters(new ArrayList<>(tc.getParameters()))
                        .setSteps(new ArrayList<>(tc.getSteps()))
                        .setAttachments(new ArrayList<>(tc.getAttachments()))
                        .setStatus(Status.BROKEN)
                        .setStatusDetails(new StatusDetails().setMessage(message))
                        .setStart(tc.getStart())
                        .setStop(now));
                tc.getSteps().clear();
                tc.getAttachments().clear();
                tc.setStart(now);
            });
            lifecycle.scheduleTestCase(first.get());
            lifecycle.updateTestCase(first.get().getUuid(), tc -> tc.setStage(Stage.FINISHED));
            lifecycle.writeTestCase(first.get().getUuid());
        });
    }
}
