package dev.guidecheck.suite;

import dev.guidecheck.Settings;
import org.testng.annotations.Factory;

import java.util.ArrayList;
import java.util.List;

/**
 * The main job's entry point in testng.xml: per configured page, its lint and (unless the mode is
 * lint) its replay.
 */
public class GuideCheckFactory {

    @Factory
    public Object[] pages() {
        GuideRun run = GuideRun.current();
        List<Object> tests = new ArrayList<>();
        for (GuideRun.PageRun page : run.pages()) {
            tests.add(new PageLint(run, page));
            if (run.settings().mode() == Settings.Mode.CHECK) {
                tests.add(new PageCheck(run, page));
            }
        }
        return tests.toArray();
    }
}
