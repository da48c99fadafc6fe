package dev.guidecheck.suite;

import dev.guidecheck.Settings;
import org.testng.annotations.Factory;

import java.util.ArrayList;
import java.util.List;

/**
 * The main job's entry point in testng.xml: per configured page, its lint and (unless the mode is
 * lint) its replay; or, when the input is unusable, one test that says so in one line.
 */
public class GuideCheckFactory {

    @Factory
    public Object[] pages() {
        GuideRun run;
        try {
            run = GuideRun.current();
        } catch (BadInputException e) {
            // Said before anything runs, so a console reader sees the one line without digging in reports.
            System.err.println("guidecheck: " + e.getMessage());
            return new Object[]{new BadInput(e.getMessage())};
        }
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
