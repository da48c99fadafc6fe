package dev.guidecheck.suite;

import dev.guidecheck.lint.LintFinding;
import dev.guidecheck.lint.LintReport;
import dev.guidecheck.lint.Severity;
import dev.guidecheck.report.AllureTest;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Status;
import org.testng.ITest;
import org.testng.annotations.Test;

import java.util.List;

/** The lint test of one guide page: every finding reported, errors fail it, warnings do not. */
public class PageLint implements ITest {

    private final GuideRun run;
    private final GuideRun.PageRun page;

    public PageLint(GuideRun run, GuideRun.PageRun page) {
        this.run = run;
        this.page = page;
    }

    @Override
    public String getTestName() {
        return GuideRun.shortPage(page.path()) + " › guide lint";
    }

    /** The run's page, for the suite's ordering of tests. */
    GuideRun.PageRun page() {
        return page;
    }

    @Test(description = "the guide's source has no lint errors: Liquid, anchors, images, unbound sentences")
    public void guideLint() {
        AllureTest.describe(new PageCheck(run, page).identity(null, "guide lint", null,
                "The guide's source has no lint errors: it renders, its anchors, links and images lead somewhere,"
                        + " its list numbers are the ones readers see, and every sentence is understood."));
        for (LintFinding finding : page.outcome().lint()) {
            Allure.step(LintReport.format(finding),
                    finding.severity() == Severity.ERROR ? Status.FAILED : Status.PASSED);
        }
        List<LintFinding> errors = page.outcome().lintErrors().stream()
                .filter(f -> page.outcome().findings(run.settings().docsRoot()).stream()
                        .filter(finding -> finding.where().equals(f.where()) && finding.id().equals(f.rule()))
                        .allMatch(finding -> run.known(finding).isEmpty()))
                .toList();
        if (!errors.isEmpty()) {
            throw new GuideFinding(String.join("; ", errors.stream()
                    .map(f -> "[" + f.rule() + "] " + f.where() + ": " + f.message()).toList()));
        }
    }
}
