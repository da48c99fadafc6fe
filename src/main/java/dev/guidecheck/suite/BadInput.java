package dev.guidecheck.suite;

import dev.guidecheck.report.AllureTest;
import org.testng.ITest;
import org.testng.annotations.Test;

import java.util.List;

/**
 * The one test of a run whose input is unusable (a setting, a page path, the baseline): it fails with the
 * one line that names what to fix, so {@code mvn test} shows that line and fails, and nothing else runs.
 */
public class BadInput implements ITest {

    private final String message;

    BadInput(String message) {
        this.message = message;
    }

    @Override
    public String getTestName() {
        return "guidecheck settings and pages";
    }

    @Test(description = "the settings, the page paths and the baseline are usable")
    public void settingsAndPagesAreUsable() {
        AllureTest.describe(new AllureTest.Identity("guidecheck", "settings", null, "settings and pages are usable",
                "bad input: " + message, List.of()));
        throw new RunBroke("bad input: " + message);
    }
}
