package dev.guidecheck.suite;

import dev.guidecheck.report.AllureSteps;
import dev.guidecheck.report.ConsoleProgress;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListeners;
import io.qameta.allure.Allure;
import dev.guidecheck.report.Finding;
import org.testng.ITest;
import org.testng.SkipException;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import java.lang.reflect.Method;
import java.util.List;

/**
 * The tests of one guide page: one per procedure, named after the page and the procedure's intro,
 * and one that every credential the page's table promises was found.
 */
public class PageCheck implements ITest {

    private final GuideRun run;
    private final GuideRun.PageRun page;
    private final ThreadLocal<String> testName = ThreadLocal.withInitial(() -> "");

    public PageCheck(GuideRun run, GuideRun.PageRun page) {
        this.run = run;
        this.page = page;
    }

    @BeforeMethod(alwaysRun = true)
    public void nameTheTest(Method method, Object[] parameters) {
        testName.set(parameters.length > 0 && parameters[0] instanceof ProcedureCase c ? c.name()
                : shortPage(page.path()) + " › " + method.getName());
    }

    @Override
    public String getTestName() {
        return testName.get();
    }

    /** Parallel on guidecheck.threads threads (set by {@link ThreadsFromSettings}); one thread by default. */
    @DataProvider(parallel = true)
    public Object[][] procedures() {
        return page.guide().map(g -> g.procedures().stream()
                        .map(p -> new Object[]{new ProcedureCase(page, p)})
                        .toArray(Object[][]::new))
                .orElse(new Object[0][]);
    }

    @Test(dataProvider = "procedures")
    public void procedure(ProcedureCase procedureCase) {
        var procedure = procedureCase.procedure();
        Allure.getLifecycle().updateTestCase(tc -> tc
                .setName(procedureCase.name())
                .setDescription(procedure.markdown()));
        Allure.link("published page", page.outcome().url());
        Allure.link("guide source", GuideRun.docsFile(run.settings(), procedure.source().file()).toString());
        ProcedureResult result = run.replay(page, procedure, ReplayListeners.of(
                new ConsoleProgress(System.out, shortPage(page.path())), new AllureSteps()));
        // The category leads the message so Allure's categories (and a reader) can sort findings.
        result.failure().ifPresent(failure -> {
            String message = "[" + failure.category().id() + "] " + failure.message();
            Finding finding = new Finding(failure.category().id(), page.path(), failure.step().text(),
                    failure.step().source(), failure.message(), true);
            run.known(finding).ifPresent(entry -> {
                throw new SkipException("known finding (" + entry.where(run.settings().baseline().orElseThrow())
                        + "): " + message);
            });
            throw new AssertionError(message);
        });
    }

    @Test(dependsOnMethods = "procedure", alwaysRun = true,
            description = "every credential in the page's table is found by a step, with a plausible value")
    public void everyCredentialIsFound() {
        if (page.guide().isEmpty()) {
            throw new AssertionError(page.outcome().readError().orElse("the guide could not be read"));
        }
        List<CredentialCheck.Outcome> outcomes = run.checkCredentials(page);
        for (CredentialCheck.Outcome o : outcomes) {
            Allure.step(o.row().name() + (o.found() ? " found: " + o.masked() : " not found"));
        }
        List<String> problems = outcomes.stream()
                .filter(o -> o.problem().isPresent())
                .filter(o -> run.known(new Finding("credential-missing", page.path(), o.row().name(), o.row().source(),
                        o.problem().get(), true)).isEmpty())
                .map(o -> o.problem().get())
                .toList();
        if (!problems.isEmpty()) {
            throw new AssertionError("[credential-missing] " + String.join("; ", problems));
        }
    }

    /** "docs/elements/infusionsoft-crm/setup.md" as "infusionsoft-crm/setup.md". */
    static String shortPage(String path) {
        String[] parts = path.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : path;
    }
}
