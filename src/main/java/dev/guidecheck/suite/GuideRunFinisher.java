package dev.guidecheck.suite;

import dev.guidecheck.report.RunOutcome;
import org.testng.ISuite;
import org.testng.ISuiteListener;

import java.util.Optional;

/** Writes the run's report and summary when the suite ends, whatever passed or failed. */
public class GuideRunFinisher implements ISuiteListener {

    private static volatile RunOutcome last;

    @Override
    public void onFinish(ISuite suite) {
        GuideRun.finishCurrent().ifPresent(outcome -> last = outcome);
    }

    /** How the last suite's run ended, if one ran in this JVM. */
    static Optional<RunOutcome> lastOutcome() {
        return Optional.ofNullable(last);
    }
}
