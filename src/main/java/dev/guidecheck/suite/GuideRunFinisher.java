package dev.guidecheck.suite;

import org.testng.ISuite;
import org.testng.ISuiteListener;

/** Writes the run's report and summary when the suite ends, whatever passed or failed. */
public class GuideRunFinisher implements ISuiteListener {

    @Override
    public void onFinish(ISuite suite) {
        GuideRun.finishCurrent();
    }
}
