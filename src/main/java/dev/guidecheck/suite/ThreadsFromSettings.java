package dev.guidecheck.suite;

import dev.guidecheck.Settings;
import org.testng.IAlterSuiteListener;
import org.testng.xml.XmlSuite;

import java.util.List;

/**
 * Sizes the suite's data-provider pool from {@code guidecheck.threads}, so a page's procedures replay
 * on that many threads, each with its own browser and replica.
 */
public class ThreadsFromSettings implements IAlterSuiteListener {

    @Override
    public void alter(List<XmlSuite> suites) {
        int threads;
        try {
            threads = Settings.fromSystem().threads();
        } catch (Settings.SettingsException e) {
            return; // the suite's factory reports the bad setting in one line
        }
        suites.forEach(suite -> suite.setDataProviderThreadCount(threads));
    }
}
