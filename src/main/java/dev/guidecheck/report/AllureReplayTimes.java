package dev.guidecheck.report;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.TestResult;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops a replayed procedure's Allure test when its replay stopped. Allure stamps a test's stop when its
 * TestNG listener stops it, which for a procedure the run replayed ahead is when the suite reported it;
 * this listener, found by Allure through the service file in META-INF/services, puts the replay's own stop
 * back just before the test is written. See {@link AllureTest#ranAt}.
 */
public final class AllureReplayTimes implements TestLifecycleListener {

    private static final Map<String, Long> STOPS = new ConcurrentHashMap<>();

    static void stopAt(String testUuid, long stop) {
        STOPS.put(testUuid, stop);
    }

    @Override
    public void beforeTestWrite(TestResult result) {
        Long stop = STOPS.remove(result.getUuid());
        if (stop != null && result.getStart() != null && stop >= result.getStart()) {
            result.setStop(stop);
        }
    }
}
