package dev.guidecheck.suite;

import dev.guidecheck.steps.Category;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepResult;
import org.testng.annotations.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A slow site and an unreliable one: the run finishes, and every failure is the environment's, never the guide's. */
public class FaultProfilesTest {

    @Test
    public void aSlowSiteIsWaitedOutAndTheGuidePasses() {
        Run run = run("slow", "docs/elements/infusionsoft-rest/setup.md");

        assertThat(run.results).hasSize(2).allSatisfy(r -> assertThat(r.failure()).isEmpty());
    }

    @Test
    public void anUnreliableSiteGivesEnvironmentFindingsOnlyAndTheRunCarriesOn() {
        Run run = run("flaky", "docs/elements/infusionsoft-rest/setup.md");

        assertThat(run.results).as("every procedure was tried").hasSize(2);
        assertThat(run.failedSteps).as("the site failed at least once").isNotEmpty();
        assertThat(run.failedSteps).extracting(StepResult::category).containsOnly(Category.ENVIRONMENT);
        assertThat(run.results).allSatisfy(r -> r.failure()
                .ifPresent(f -> assertThat(f.category()).isEqualTo(Category.ENVIRONMENT)));
    }

    private record Run(List<ProcedureResult> results, List<StepResult> failedSteps) {
    }

    /** The profile's run of the REST page, shared with the tests that read what it wrote (SecretPixelsTest). */
    private static Run run(String profile, String page) {
        ProfileRuns.Run run = ProfileRuns.of(profile);
        assertThat(run.procedures()).extracting(ProfileRuns.Replayed::page).containsOnly(page);
        return new Run(run.procedures().stream().map(ProfileRuns.Replayed::result).toList(), run.failedSteps());
    }
}
