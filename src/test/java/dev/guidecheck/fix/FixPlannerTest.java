package dev.guidecheck.fix;

import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.SourceRef;
import dev.guidecheck.guide.Step;
import dev.guidecheck.lint.LintFinding;
import dev.guidecheck.lint.Severity;
import dev.guidecheck.lint.SourceEdit;
import dev.guidecheck.pages.LabelNotFoundException;
import dev.guidecheck.pages.Remedy;
import dev.guidecheck.steps.Category;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepResult;
import org.testng.annotations.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** From findings to fixes on a small docs tree: certain edits made, uncertain ones refused with the reason. */
public class FixPlannerTest {

    private static final String INCLUDE = "_includes/setup.md";
    private static final String CRM = "docs/crm.md";
    private static final String MARKETING = "docs/marketing.md";
    private static final String OTHER = "docs/other.md";

    @Test
    public void aLabelFromAPageVariableInASharedIncludeIsRenamedInTheFrontMatterOfEveryPageThatSetsIt() throws IOException {
        Path docs = tree();
        FixPlan plan = planner(docs, s -> true).plan(List.of(failing(CRM, "Record the client_id.", "Record the **client_id**.",
                List.of("client_id"), 2, new Remedy.Rename("client_id", "Client ID", "the one label shown there like it"))));
        FixOutcome fix = plan.outcomes().get(0);
        assertThat(fix.fixed()).isTrue();
        assertThat(fix.note()).contains("{{page.apiKey}}").contains(CRM + ", " + MARKETING).doesNotContain(OTHER);
        assertThat(plan.files()).containsExactly(CRM, MARKETING);
        assertThat(plan.patch()).contains("-apiKey: client_id #In OAuth2 this is what the provider calls the apiKey\n"
                + "+apiKey: Client ID #In OAuth2 this is what the provider calls the apiKey\n");
    }

    @Test
    public void aRenameThatWouldLeaveASentenceNoPhraseUnderstandsIsRefused() throws IOException {
        FixPlan plan = planner(tree(), s -> false).plan(List.of(failing(CRM, "Record the client_id.", "", List.of("client_id"), 2,
                new Remedy.Rename("client_id", "Client ID", "the one label shown there like it"))));
        assertThat(plan.outcomes().get(0).refusal()).contains("no fix: \"Record the Client ID.\" would not bind to an action");
        assertThat(plan.patch()).isEmpty();
    }

    @Test
    public void twoLabelsAsNearMakeNoRenameAndOneNearLabelMakesOne() {
        assertThat(new LabelNotFoundException("Key", "the form", List.of("Kex", "Kez")).remedy())
                .isEqualTo(new Remedy.Unsure("2 labels are as near: \"Kex\", \"Kez\""));
        assertThat(new LabelNotFoundException("Applications", "the tabs", List.of("Keys", "Apps")).remedy())
                .isEqualTo(new Remedy.Rename("Applications", "Apps", "the one label shown there like it"));
        assertThat(new LabelNotFoundException("Integrations", "the tabs", List.of("Keys", "Applications")).remedy())
                .isEqualTo(new Remedy.Unsure("the label nearest to it, \"Applications\", is not near enough to be the same"
                        + " one renamed"));
        assertThat(new LabelNotFoundException("Application", "the categories", List.of("General", "Company")).remedy())
                .isEqualTo(new Remedy.Unsure("nothing shown there is like \"Application\""));
    }

    @Test
    public void applyWritesEveryEditedFileOrNoneWhenOneChangedSinceTheCheckReadIt() throws IOException {
        Path docs = tree();
        FixPlan plan = planner(docs, s -> true).plan(List.of(numbering(CRM, 9, "3.", "2."), numbering(MARKETING, 8, "3.", "2.")));
        Files.writeString(docs.resolve(MARKETING), Files.readString(docs.resolve(MARKETING)) + "\nedited meanwhile\n");
        String crm = Files.readString(docs.resolve(CRM));
        FixPlan.Applied refused = plan.apply(docs);
        assertThat(refused.applied()).isFalse();
        assertThat(refused.refused()).isEqualTo(MARKETING + " has changed since the check read it; no edit applied");
        assertThat(Files.readString(docs.resolve(CRM))).isEqualTo(crm);

        Path fresh = tree();
        FixPlan.Applied applied = planner(fresh, s -> true).plan(List.of(numbering(CRM, 9, "3.", "2."))).apply(fresh);
        assertThat(applied.changed()).containsExactly(CRM);
        assertThat(Files.readString(fresh.resolve(CRM))).contains("\n2. Record the **{{page.apiKey}}**.\n");
        try (var files = Files.list(fresh.resolve("docs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    public void aFixOfAFileOutsideTheDocsRootIsNeverApplied() throws IOException {
        Path docs = tree();
        FixPlan plan = planner(docs, s -> true).plan(List.of(numbering("../outside.md", 1, "3.", "2.")));
        assertThat(plan.apply(docs).refused()).startsWith("../outside.md is not a file inside the docs root");
    }

    // ---- a small tree ---------------------------------------------------------------------------------

    private static Path tree() throws IOException {
        Path docs = Files.createTempDirectory("guidecheck-fixplanner");
        write(docs, INCLUDE, "To find it:\n\n1. Sign in.\n2. Record the **{{page.apiKey}}**.\n");
        String front = "---\ntitle: Setup\napiKey: client_id #In OAuth2 this is what the provider calls the apiKey\n---\n\n";
        write(docs, CRM, front + "{% include setup.md %}\n\n1. One.\n3. Record the **{{page.apiKey}}**.\n");
        write(docs, MARKETING, front.replace("Setup", "Marketing") + "{% include setup.md %}\n1. One.\n3. Two.\n");
        write(docs, OTHER, "---\napiKey: Consumer Key\n---\n\n{% include setup.md %}\n");
        Files.writeString(docs.getParent().resolve("outside.md"), "3. Outside.\n");
        return docs;
    }

    private static void write(Path docs, String file, String text) throws IOException {
        Files.createDirectories(docs.resolve(file).getParent());
        Files.writeString(docs.resolve(file), text);
    }

    private static FixPlanner planner(Path docs, java.util.function.Predicate<Step> binds) {
        return new FixPlanner(docs, binds, Map.of());
    }

    private static FixPlanner.PageFindings failing(String page, String text, String ignored, List<String> bold, int line,
                                                   Remedy remedy) {
        Step step = new Step(2, 2, text, bold, List.of(), List.of(), new SourceRef(INCLUDE, 4), page);
        Step first = new Step(1, 1, "Sign in.", List.of(), List.of(), List.of(), new SourceRef(INCLUDE, 3), page);
        Procedure procedure = new Procedure("To find it", new SourceRef(INCLUDE, 1), page, "Setup", List.of(first, step), "");
        ProcedureResult result = new ProcedureResult(procedure, List.of(StepResult.passed(first, Duration.ZERO),
                StepResult.failed(step, Category.LABEL_NOT_FOUND, "step 2: no \"client_id\"", Duration.ZERO, remedy)),
                List.of(), List.of());
        return new FixPlanner.PageFindings(page, List.of(result), List.of(), List.of());
    }

    private static FixPlanner.PageFindings numbering(String file, int line, String written, String now) {
        LintFinding f = new LintFinding("list-numbering", Severity.WARNING, new SourceRef(file, line), file,
                "step written as 3 renders as 2", "renumber", SourceEdit.replace(written, now));
        return new FixPlanner.PageFindings(file, List.of(), List.of(f), List.of());
    }
}
