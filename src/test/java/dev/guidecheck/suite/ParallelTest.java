package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.StepResult;
import org.testng.annotations.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Procedures replayed on two threads, each with its own browser and replica, give what the serial run gives. */
public class ParallelTest {

    private static final String CRM = "docs/elements/infusionsoft-crm/setup.md";

    @Test
    public void theStateChangingProceduresInParallelGiveTheSerialRunsResults() throws Exception {
        Path docs = DocsTrees.copyOfReference();
        Path parallelOut = Files.createTempDirectory("guidecheck-parallel");
        List<String> serial = outcome(docs, "1", Files.createTempDirectory("guidecheck-serial"));
        List<String> parallel = outcome(docs, "2", parallelOut);

        assertThat(serial).hasSize(4);
        assertThat(parallel).isEqualTo(serial);
        // Two lanes for the whole run, each one browser and one replica, however the procedures were spread.
        JsonNode run = new ObjectMapper().readTree(parallelOut.resolve("report.json").toFile()).at("/run");
        assertThat(run.at("/lanesUsed").asInt()).isEqualTo(2);
        assertThat(run.at("/browsersStarted").asInt()).isEqualTo(2);
    }

    /**
     * Per procedure: its steps' statuses and every credential value it recorded (the replica is deterministic).
     * The serial run replays in the suite's browser; the parallel one starts a lane, browser and replica, per thread.
     */
    private static List<String> outcome(Path docs, String threads, Path out) throws Exception {
        try (GuideRun run = new GuideRun(DocsTrees.settings(docs, out,
                Map.of("guidecheck.threads", threads, "guidecheck.screenshots", "off"), CRM),
                new PrintStream(OutputStream.nullOutputStream()), threads.equals("1") ? TestBrowsers.shared() : null)) {
            List<ProcedureResult> results = run.replayAll((page, procedure) -> new ReplayListener() {
            });
            return results.stream().map(r -> r.procedure().title() + " "
                    + r.steps().stream().map(StepResult::status).toList() + " "
                    + r.credentials().stream().map(c -> c.name() + "=" + c.value()).toList()).toList();
        }
    }

}
