package dev.guidecheck.suite;

import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.Section;
import dev.guidecheck.guide.SourceRef;
import dev.guidecheck.report.AllureSteps;
import dev.guidecheck.report.AllureTest;
import dev.guidecheck.report.Finding;
import dev.guidecheck.steps.Category;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayRecording;
import dev.guidecheck.steps.StepResult;
import io.qameta.allure.Allure;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Status;
import dev.guidecheck.verify.CredentialVerdict;
import org.testng.ITest;
import org.testng.SkipException;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests of one guide page: one per procedure, named after the page and the procedure's intro,
 * and one that every credential the page's table promises was found.
 */
public class PageCheck implements ITest {

    /** A Markdown link or image target: "](target)" or "](target "title")". */
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\(([^)\\s]+)");

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
                : GuideRun.shortPage(page.path()) + " › " + method.getName());
    }

    @Override
    public String getTestName() {
        return testName.get();
    }

    /** The run's page, for the suite's ordering of tests. */
    GuideRun.PageRun page() {
        return page;
    }

    /**
     * One after another on the suite's thread: the run's schedule replays them ahead, on its lanes
     * (guidecheck.threads), and each test reports its procedure's replay, waiting for it if it has not ended.
     */
    @DataProvider
    public Object[][] procedures() {
        return page.guide().map(g -> g.procedures().stream()
                        .map(p -> new Object[]{new ProcedureCase(page, p)})
                        .toArray(Object[][]::new))
                .orElse(new Object[0][]);
    }

    @Test(dataProvider = "procedures")
    public void procedure(ProcedureCase procedureCase) {
        Procedure procedure = procedureCase.procedure();
        AllureTest.describe(identity(procedure.section(), procedure.title(), procedure.source(),
                absoluteLinks(procedure.markdown())));
        ReplaySchedule.Replayed replayed = run.schedule().replayed(procedure);
        ReplayRecording recording = replayed.recording();
        AllureTest.ranAt(recording.started(), recording.finished(), recording.thread());
        recording.playTo(new AllureSteps(Allure.getLifecycle(), recording.clock()));
        ProcedureResult result = replayed.result();
        if (!result.replayed()) {
            throw new SkipException(result.status().id() + ": " + result.notRunReason().orElse(""));
        }
        if (page.outcome().isFlaky(procedure)) {
            AllureTest.markFlaky();
        }
        result.failure().ifPresent(this::fail);
    }

    private void fail(StepResult failure) {
        // The category leads the message so Allure's categories (and a reader) can sort findings.
        String message = "[" + failure.category().id() + "] " + failure.message();
        if (failure.category() == Category.ENVIRONMENT) {
            throw new RunBroke(message);
        }
        Finding finding = new Finding(failure.category().id(), page.path(), failure.step().text(),
                failure.step().source(), failure.message(), true);
        run.known(finding).ifPresent(entry -> {
            throw new SkipException("known finding (" + entry.where(run.settings().baseline().orElseThrow())
                    + "): " + message);
        });
        throw new GuideFinding(message);
    }

    @Test(dependsOnMethods = "procedure", alwaysRun = true,
            description = "every credential in the page's table is found by a step, with a plausible value")
    public void everyCredentialIsFound() {
        String section = run.settings().credentialsSection();
        AllureTest.describe(identity(section, "every credential is found", null,
                "Every credential in the page's table is found by a step of \"" + section + "\", with a plausible value."));
        if (page.guide().isEmpty()) {
            throw new GuideFinding("[render] " + page.outcome().readError().orElse("the guide could not be read"));
        }
        List<CredentialCheck.Outcome> outcomes = run.schedule().credentials(page).found();
        for (CredentialCheck.Outcome o : outcomes) {
            Allure.step(o.row().name() + (o.found() ? " found: " + o.masked()
                    : o.notChecked().map(why -> " not checked: " + why).orElse(" not found")));
        }
        List<String> problems = outcomes.stream()
                .filter(o -> o.problem().isPresent())
                .filter(o -> run.known(new Finding("credential-missing", page.path(), o.row().name(), o.row().source(),
                        o.problem().get(), true)).isEmpty())
                .map(o -> o.problem().get())
                .toList();
        if (!problems.isEmpty()) {
            throw new GuideFinding("[credential-missing] " + String.join("; ", problems));
        }
        List<String> unchecked = outcomes.stream().filter(o -> o.notChecked().isPresent())
                .map(o -> o.row().name()).toList();
        if (!unchecked.isEmpty()) {
            throw new SkipException("not checked: " + String.join(", ", unchecked) + " ("
                    + outcomes.stream().flatMap(o -> o.notChecked().stream()).findFirst().orElse("") + ")");
        }
    }

    @Test(dependsOnMethods = "everyCredentialIsFound", alwaysRun = true,
            description = "the recorded credentials work: the provider accepts each value the page had the reader record")
    public void theRecordedCredentialsWork() {
        String section = run.settings().credentialsSection();
        AllureTest.describe(identity(section, "the recorded credentials work", null,
                "Each credential recorded by a step of \"" + section + "\" is tried on the provider: the client_id and"
                        + " Callback URL on its authorization page (consent given in the browser), the client_secret on"
                        + " its token endpoint, the Encrypted Key on its XML-RPC API."));
        if (page.guide().isEmpty()) {
            throw new SkipException("not checked: the page did not render");
        }
        String prefix = GuideRun.shortPage(page.path()) + " > the recorded credentials work > ";
        List<CredentialVerdict> verdicts = run.schedule().credentials(page).verdicts();
        for (CredentialVerdict v : verdicts) {
            System.out.println(prefix + v.line());
            Allure.step(v.line(), switch (v.status()) {
                case WORKS -> Status.PASSED;
                case REFUSED -> Status.FAILED;
                case BROKEN -> Status.BROKEN;
                case NOT_CHECKED -> Status.SKIPPED;
            });
        }
        List<String> broken = verdicts.stream().filter(v -> v.status() == CredentialVerdict.Status.BROKEN)
                .map(v -> v.row().name() + ": " + v.check() + ": " + v.answer()).toList();
        if (!broken.isEmpty()) {
            throw new RunBroke("[" + Category.ENVIRONMENT.id() + "] " + String.join("; ", broken));
        }
        List<String> refused = verdicts.stream().filter(v -> v.status() == CredentialVerdict.Status.REFUSED)
                .filter(v -> run.known(new Finding(Category.CREDENTIAL_INVALID.id(), page.path(),
                        v.recorded().map(r -> r.step().text()).orElse(v.row().name()), v.row().source(), v.message(),
                        true)).isEmpty())
                .map(CredentialVerdict::message).toList();
        if (!refused.isEmpty()) {
            throw new GuideFinding("[" + Category.CREDENTIAL_INVALID.id() + "] " + String.join("; ", refused));
        }
        if (verdicts.stream().noneMatch(v -> v.status() == CredentialVerdict.Status.WORKS)) {
            throw new SkipException("not checked: " + verdicts.stream().map(CredentialVerdict::answer).distinct()
                    .findFirst().orElse("the page promises no credential"));
        }
    }

    /** How Allure names and groups a test of this page, with links to the published page and the source. */
    AllureTest.Identity identity(String section, String title, SourceRef source, String description) {
        List<Link> links = new ArrayList<>();
        String anchor = page.guide().flatMap(g -> g.sections().stream().filter(s -> s.title().equals(section))
                .map(Section::id).findFirst()).map(id -> "#" + id).orElse("");
        links.add(AllureTest.link("published page", page.outcome().url() + anchor));
        if (source != null) {
            run.docsRepository().link(source).ifPresent(url -> links.add(AllureTest.link("source " + source, url)));
        }
        return new AllureTest.Identity(URI.create(run.settings().docsSite().toString()).getHost(), page.path(), section,
                title, description, links);
    }

    /**
     * The procedure's Markdown with its images and links made absolute against the published page, so the
     * report shows them from anywhere (a CI artifact), not as root-relative paths that lead nowhere.
     */
    String absoluteLinks(String markdown) {
        URI pageUrl = URI.create(page.outcome().url());
        Matcher m = LINK_TARGET.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(1);
            String absolute;
            try {
                absolute = target.startsWith("#") ? target : pageUrl.resolve(target).toString();
            } catch (IllegalArgumentException e) {
                absolute = target; // not a URL a browser would follow either; leave it as written
            }
            m.appendReplacement(out, Matcher.quoteReplacement("](" + absolute));
        }
        m.appendTail(out);
        return out.toString();
    }
}
