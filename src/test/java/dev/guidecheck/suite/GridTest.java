package dev.guidecheck.suite;

import dev.guidecheck.Settings;
import dev.guidecheck.browser.GridStandalone;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.StepResult;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every browser session through Selenium Grid: every procedure of the guide on a Grid standalone, and a Grid that
 * is not there.
 */
public class GridTest {

    private GridStandalone grid;

    @BeforeClass
    public void startGrid() throws Exception {
        grid = GridStandalone.start();
    }

    @AfterClass(alwaysRun = true)
    public void stopGrid() {
        if (grid != null) {
            grid.close();
        }
    }

    /**
     * The CRM page's four procedures hold every step the guide has: the marketing page includes the same body, and
     * the REST page's two procedures are its OAuth and create procedures word for word (the main job replays all
     * ten locally).
     */
    @Test
    public void everyProcedureOfTheGuidePassesThroughTheGrid() throws Exception {
        List<ProcedureResult> results = run(grid.url().toString(), "docs/elements/infusionsoft-crm/setup.md");

        assertThat(results).hasSize(4);
        assertThat(results).allSatisfy(r -> assertThat(r.failure()).as(r.procedure().title()).isEmpty());
    }

    @Test
    public void anUnreachableGridIsAnEnvironmentFindingWithinSeconds() throws Exception {
        long start = System.nanoTime();
        List<ProcedureResult> results = run("http://127.0.0.1:9", "docs/elements/infusionsoft-rest/setup.md");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        StepResult first = results.get(0).failure().orElseThrow();
        assertThat(first.category().id()).isEqualTo("environment");
        assertThat(first.message()).contains("Grid");
        assertThat(seconds).as("bounded by the Grid connect timeout, not a hang").isLessThan(60);
    }

    private static List<ProcedureResult> run(String gridUrl, String... pages) throws Exception {
        Properties props = new Properties();
        props.setProperty("guidecheck.grid", gridUrl);
        props.setProperty("guidecheck.screenshots", "off"); // the sessions' route is under test; images are the same code
        props.setProperty("guidecheck.out", Files.createTempDirectory("guidecheck-grid-out").toString());
        if (pages.length > 0) {
            props.setProperty("guidecheck.pages", String.join(",", pages));
        }
        List<ProcedureResult> results = new ArrayList<>();
        try (GuideRun run = new GuideRun(Settings.from(props, Map.of()), new PrintStream(OutputStream.nullOutputStream()))) {
            for (GuideRun.PageRun page : run.pages()) {
                for (Procedure procedure : page.guide().orElseThrow().procedures()) {
                    results.add(run.replay(page, procedure, new ReplayListener() {
                    }));
                }
            }
        }
        return results;
    }

}
