package dev.guidecheck.suite;

import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.report.PageOutcome;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.StepResult;
import org.testng.annotations.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Environment failures are retried once with a fresh browser; findings about the guide never are. */
public class RetryTest {

    private static final String REST = "docs/elements/infusionsoft-rest/setup.md";

    @Test
    public void aBrowserThatDiesMidProcedureIsReplacedAndTheProcedureReportedFlaky() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        Path docs = DocsTrees.copyOfReference();
        // A browser of the run's own: the lane that replaces it is under test.
        try (GuideRun run = new GuideRun(DocsTrees.withoutScreenshots(docs, Files.createTempDirectory("guidecheck-retry"), REST),
                new PrintStream(OutputStream.nullOutputStream()))) {
            GuideRun.PageRun page = run.pages().get(0);
            Procedure oauth = page.guide().orElseThrow().procedures().get(0);
            ProcedureResult result = run.replay(page, oauth, new ReplayListener() {
                @Override
                public void procedureStarted(Procedure procedure) {
                    attempts.incrementAndGet();
                }

                @Override
                public void stepFinished(StepResult step) {
                    if (attempts.get() == 1 && step.step().position() == 2) {
                        run.driverInUse().quit(); // the browser crashes after step 2
                    }
                }
            });

            assertThat(attempts).hasValue(2);
            assertThat(result.failure()).isEmpty();
            PageOutcome outcome = page.outcome();
            assertThat(outcome.isFlaky(oauth)).isTrue();
        }
    }

    @Test
    public void aGuideFindingIsNeverRetried() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, REST, 40, "**Applications**", "**Integrations**");
        try (GuideRun run = new GuideRun(DocsTrees.withoutScreenshots(docs, Files.createTempDirectory("guidecheck-retry"), REST),
                new PrintStream(OutputStream.nullOutputStream()), TestBrowsers.shared())) {
            GuideRun.PageRun page = run.pages().get(0);
            ProcedureResult result = run.replay(page, page.guide().orElseThrow().procedures().get(0), new ReplayListener() {
                @Override
                public void procedureStarted(Procedure procedure) {
                    attempts.incrementAndGet();
                }
            });

            assertThat(result.failure().orElseThrow().category().id()).isEqualTo("label-not-found");
            assertThat(attempts).hasValue(1);
        }
    }
}
