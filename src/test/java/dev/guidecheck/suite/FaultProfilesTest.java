package dev.guidecheck.suite;

import dev.guidecheck.steps.Category;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.StepResult;
import dev.guidecheck.steps.StepStatus;
import org.testng.annotations.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A slow site and an unreliable one: the run finishes, and every failure is the environment's, never the guide's. */
public class FaultProfilesTest {

    @Test
    public void aSlowSiteIsWaitedOutAndTheGuidePasses() throws Exception {
        Run run = run("slow", "docs/elements/infusionsoft-rest/setup.md");

        assertThat(run.results).hasSize(2).allSatisfy(r -> assertThat(r.failure()).isEmpty());
    }

    @Test
    public void anUnreliableSiteGivesEnvironmentFindingsOnlyAndTheRunCarriesOn() throws Exception {
        Run run = run("flaky", "docs/elements/infusionsoft-rest/setup.md");

        assertThat(run.results).as("every procedure was tried").hasSize(2);
        assertThat(run.failedSteps).as("the site failed at least once").isNotEmpty();
        assertThat(run.failedSteps).extracting(StepResult::category).containsOnly(Category.ENVIRONMENT);
        assertThat(run.results).allSatisfy(r -> r.failure()
                .ifPresent(f -> assertThat(f.category()).isEqualTo(Category.ENVIRONMENT)));
    }

    private record Run(List<ProcedureResult> results, List<StepResult> failedSteps) {
    }

    private static Run run(String profile, String page) throws Exception {
        List<StepResult> failed = new CopyOnWriteArrayList<>();
        try (GuideRun guide = new GuideRun(DocsTrees.settings(DocsTrees.copyOfReference(),
                Files.createTempDirectory("guidecheck-faults"),
                Map.of("guidecheck.replica.profile", profile, "guidecheck.screenshots", "off"), page),
                new PrintStream(OutputStream.nullOutputStream()))) {
            List<ProcedureResult> results = guide.replayAll((p, procedure) -> new ReplayListener() {
                @Override
                public void stepFinished(StepResult result) {
                    if (result.status() == StepStatus.FAILED) {
                        failed.add(result); // first attempts too: a retry must not hide a misclassified finding
                    }
                }
            });
            return new Run(results, failed);
        }
    }
}
