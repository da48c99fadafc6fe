package dev.guidecheck.suite;

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
        List<String> serial = outcome(docs, "1");
        List<String> parallel = outcome(docs, "2");

        assertThat(serial).hasSize(4);
        assertThat(parallel).isEqualTo(serial);
    }

    /**
     * Per procedure: its steps' statuses and every credential value it recorded (the replica is deterministic).
     * The serial run replays in the suite's browser; the parallel one starts a lane, browser and replica, per thread.
     */
    private static List<String> outcome(Path docs, String threads) throws Exception {
        Path out = Files.createTempDirectory("guidecheck-parallel");
        try (GuideRun run = new GuideRun(DocsTrees.settings(docs, out,
                Map.of("guidecheck.threads", threads, "guidecheck.screenshots", "off"), CRM),
                new PrintStream(OutputStream.nullOutputStream()), threads.equals("1") ? SuiteBrowsers.shared() : null)) {
            List<ProcedureResult> results = run.replayAll((page, procedure) -> new ReplayListener() {
            });
            return results.stream().map(r -> r.procedure().title() + " "
                    + r.steps().stream().map(StepResult::status).toList() + " "
                    + r.credentials().stream().map(c -> c.name() + "=" + c.value()).toList()).toList();
        }
    }

}
