package dev.guidecheck.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.SourceRef;
import dev.guidecheck.guide.Step;
import dev.guidecheck.report.AllureSteps;
import dev.guidecheck.report.AllureTest;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.TestResult;
import org.testng.annotations.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay run ahead on a worker thread is reported later by its test: the recording tells the test's
 * listeners everything in order, and Allure's steps carry the times the replay ran at, not the time the
 * test told them.
 */
public class ReplayRecordingTest {

    private static final Step SIGN_IN = step(1, "Sign in to your developer account.");
    private static final Step RECORD = step(2, "Record the client_id and client_secret.");
    private static final Procedure PROCEDURE = new Procedure("To find your OAuth 2.0 credentials",
            new SourceRef("guide.md", 10), "guide.md", "Locate Credentials", List.of(SIGN_IN, RECORD), "");

    @Test
    public void whatWasHeardIsToldInOrderOnceAndThenForgotten() {
        ReplayRecording recording = new ReplayRecording();
        replay(recording, 0);
        List<String> told = new ArrayList<>();
        ReplayListener listener = new ReplayListener() {
            @Override
            public void procedureStarted(Procedure procedure) {
                told.add("started " + procedure.title());
            }

            @Override
            public void stepStarted(Step step) {
                told.add("step " + step.position());
            }

            @Override
            public void attachment(String name, String mimeType, String extension, byte[] content) {
                told.add("attachment " + name);
            }

            @Override
            public void stepFinished(StepResult result) {
                told.add(result.step().position() + " " + result.status().id());
            }

            @Override
            public void procedureFinished(ProcedureResult result) {
                told.add("finished");
            }
        };

        recording.playTo(listener);
        recording.playTo(listener);

        assertThat(told).containsExactly("started To find your OAuth 2.0 credentials", "step 1", "1 passed",
                "step 2", "attachment client_secret.txt", "2 passed", "finished");
        assertThat(recording.thread()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    public void allureStepsToldLaterCarryTheTimesTheReplayRanAt() throws Exception {
        ReplayRecording recording = new ReplayRecording();
        long before = System.currentTimeMillis();
        replay(recording, 40);
        long after = System.currentTimeMillis();
        Thread.sleep(300); // the test reports it later, as the suite's thread does

        Path results = Files.createTempDirectory("guidecheck-recording-allure");
        AllureLifecycle allure = new AllureLifecycle(new FileSystemResultsWriter(results));
        String uuid = UUID.randomUUID().toString();
        allure.scheduleTestCase(new TestResult().setUuid(uuid).setName("told later"));
        allure.startTestCase(uuid);
        recording.playTo(new AllureSteps(allure, recording.clock()));
        allure.stopTestCase(uuid);
        allure.writeTestCase(uuid);

        JsonNode steps;
        try (Stream<Path> files = Files.list(results)) {
            Path result = files.filter(f -> f.toString().endsWith("-result.json")).findFirst().orElseThrow();
            steps = new ObjectMapper().readTree(result.toFile()).at("/steps");
        }
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).at("/name").asText()).isEqualTo("1. Sign in to your developer account.");
        for (JsonNode step : steps) {
            long start = step.at("/start").asLong();
            long stop = step.at("/stop").asLong();
            assertThat(start).isBetween(before, after);
            assertThat(stop).isBetween(start + 40, after);
        }
        assertThat(steps.get(1).at("/start").asLong()).isGreaterThanOrEqualTo(steps.get(0).at("/stop").asLong());
        assertThat(steps.get(1).at("/attachments/0/name").asText()).isEqualTo("client_secret.txt");
    }

    @Test
    public void theAllureTestTakesTheReplaysStartStopAndThreadWhenItIsWritten() throws Exception {
        ReplayRecording recording = new ReplayRecording();
        Thread worker = new Thread(() -> replay(recording, 20), "guidecheck-replay-7");
        worker.start();
        worker.join();
        Thread.sleep(200); // reported later, as the suite's thread does

        Path results = Files.createTempDirectory("guidecheck-recording-allure");
        AllureLifecycle allure = new AllureLifecycle(new FileSystemResultsWriter(results));
        String uuid = UUID.randomUUID().toString();
        allure.scheduleTestCase(new TestResult().setUuid(uuid).setName("told later"));
        allure.startTestCase(uuid);
        AllureTest.ranAt(allure, recording.started(), recording.finished(), recording.thread());
        recording.playTo(new AllureSteps(allure, recording.clock()));
        allure.stopTestCase(uuid); // stamps now, as Allure's TestNG listener does
        allure.writeTestCase(uuid);

        JsonNode test;
        try (Stream<Path> files = Files.list(results)) {
            test = new ObjectMapper().readTree(files.filter(f -> f.toString().endsWith("-result.json")).findFirst()
                    .orElseThrow().toFile());
        }
        assertThat(test.at("/start").asLong()).isEqualTo(recording.started());
        assertThat(test.at("/stop").asLong()).as("the replay's stop, not the report's").isEqualTo(recording.finished());
        List<String> threads = new ArrayList<>();
        test.at("/labels").forEach(l -> {
            if (l.at("/name").asText().equals("thread")) {
                threads.add(l.at("/value").asText());
            }
        });
        assertThat(threads).singleElement().asString().endsWith(".guidecheck-replay-7");
    }

    /** A two-step replay as ProcedureReplay tells it, each step taking {@code stepMillis}. */
    private static void replay(ReplayListener listener, long stepMillis) {
        listener.procedureStarted(PROCEDURE);
        List<StepResult> results = new ArrayList<>();
        for (Step step : PROCEDURE.steps()) {
            listener.stepStarted(step);
            pause(stepMillis);
            if (step == RECORD) {
                listener.attachment("client_secret.txt", "text/plain", "txt", new byte[]{'x'});
            }
            StepResult result = StepResult.passed(step, Duration.ofMillis(stepMillis));
            results.add(result);
            listener.stepFinished(result);
        }
        listener.procedureFinished(new ProcedureResult(PROCEDURE, results, List.of(), List.of()));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Step step(int number, String text) {
        return new Step(number, number, text, List.of(), List.of(), List.of(), new SourceRef("guide.md", 10 + number),
                "guide.md");
    }
}
