package dev.guidecheck.suite;

import dev.guidecheck.Settings;
import dev.guidecheck.evidence.ScreenshotFiles;
import dev.guidecheck.guide.GuideException;
import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.GuideReader;
import dev.guidecheck.guide.ImageRef;
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

    /**
     * Reads every configured page and checks its image paths, failing on the first that cannot be
     * used: a guide that does not render is bad input for a run, whose findings would all be wrong.
     */
    static void preflight(Settings settings) {
        GuideReader reader = new GuideReader(settings.docsRoot());
        for (String path : settings.pages()) {
            GuidePage page = reader.read(path);
            for (ImageRef image : page.images()) {
                try {
                    ScreenshotFiles.resolve(settings.docsRoot(), image.path());
                } catch (IllegalArgumentException e) {
                    throw GuideException.at(image.source(), e.getMessage());
                }
            }
        }
    }

    static int run(String suiteFile) {
        try {
            // Settings and guides first, so bad input is one line and exit status 3, with nothing written.
            preflight(Settings.fromSystem());
        } catch (Settings.SettingsException | GuideException e) {
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
        // TestNG's own HTML reports go under target/, not into the working directory.
        testng.setOutputDirectory("target/testng-output");
        testng.setTestSuites(List.of(suiteFile));
        testng.run();
        return GuideRunFinisher.lastOutcome()
                .map(RunOutcome::exitCode)
                // No outcome means the suite never got to the check: the run broke.
                .orElse(RunOutcome.ENVIRONMENT.exitCode());
    }
}
