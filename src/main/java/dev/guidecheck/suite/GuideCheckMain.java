package dev.guidecheck.suite;

import dev.guidecheck.report.RunOutcome;
import org.testng.TestNG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The main job for schedulers: runs the same TestNG suite as {@code mvn test} and exits with a status
 * that tells the docs being wrong (1) from the run breaking (2) and from bad settings (3).
 * Run it with {@code mvn -q compile exec:java@check}.
 */
public final class GuideCheckMain {

    private GuideCheckMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args.length > 0 ? args[0] : "testng.xml"));
    }

    static int run(String suiteFile) {
        try {
            // Settings, page paths and the baseline first, so bad input is one line and exit status 3,
            // with nothing written. A page that does not render is a finding of the run, not bad input.
            Preflight.settings();
        } catch (BadInputException e) {
            System.err.println("guidecheck: " + e.getMessage());
            return RunOutcome.BAD_INPUT.exitCode();
        }
        if (!Files.isRegularFile(Path.of(suiteFile))) {
            System.err.println("guidecheck: " + suiteFile + ": no such TestNG suite file");
            return RunOutcome.BAD_INPUT.exitCode();
        }
        if (System.getProperty("allure.results.directory") == null) {
            System.setProperty("allure.results.directory", "target/allure-results");
        }
        TestNG testng = new TestNG();
        // TestNG's own HTML reports go under target/, not into the working directory; its per-test
        // console lines are guidecheck's own.
        testng.setOutputDirectory("target/testng-output");
        testng.setVerbose(0);
        testng.setTestSuites(List.of(suiteFile));
        testng.run();
        return GuideSuiteListener.lastOutcome()
                .map(RunOutcome::exitCode)
                // No outcome means the suite never got to the check: the run broke.
                .orElse(RunOutcome.ENVIRONMENT.exitCode());
    }
}
