package dev.guidecheck.suite;

import dev.guidecheck.Settings;
import dev.guidecheck.report.RunOutcome;
import org.testng.IAlterSuiteListener;
import org.testng.IMethodInstance;
import org.testng.IMethodInterceptor;
import org.testng.ISuite;
import org.testng.ISuiteListener;
import org.testng.ITestContext;
import org.testng.xml.XmlSuite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The main job's hooks into TestNG: quiets the servers' logs, runs the tests in the order of the pages as configured (each page's lint, its
 * procedures, then its credentials), and writes the run's report when the suite ends.
 */
public class GuideSuiteListener implements IAlterSuiteListener, ISuiteListener, IMethodInterceptor {

    private static volatile RunOutcome last;

    @Override
    public void alter(List<XmlSuite> suites) {
        Settings settings;
        try {
            settings = Settings.fromSystem();
        } catch (Settings.SettingsException e) {
            QuietLogs.configure(false);
            return; // the suite's factory reports the bad setting in one line
        }
        QuietLogs.configure(settings.verbose());
    }

    @Override
    public List<IMethodInstance> intercept(List<IMethodInstance> methods, ITestContext context) {
        List<IMethodInstance> ordered = new ArrayList<>(methods);
        ordered.sort(Comparator.comparingInt(GuideSuiteListener::pageIndex).thenComparingInt(GuideSuiteListener::kind));
        return ordered;
    }

    private static int pageIndex(IMethodInstance method) {
        Object test = method.getInstance();
        String page = test instanceof PageLint lint ? lint.page().path()
                : test instanceof PageCheck check ? check.page().path() : null;
        return page == null ? -1 : GuideRun.currentPages().indexOf(page);
    }

    private static int kind(IMethodInstance method) {
        return switch (method.getMethod().getMethodName()) {
            case "guideLint" -> 0;
            case "procedure" -> 1;
            default -> 2;
        };
    }

    @Override
    public void onFinish(ISuite suite) {
        GuideRun.finishCurrent().ifPresent(outcome -> last = outcome);
    }

    /** How the last suite's run ended, if one ran in this JVM. */
    static Optional<RunOutcome> lastOutcome() {
        return Optional.ofNullable(last);
    }
}
