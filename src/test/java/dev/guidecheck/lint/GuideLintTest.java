package dev.guidecheck.lint;

import static dev.guidecheck.guide.DocsTree.CALLOUT;
import static dev.guidecheck.guide.DocsTree.CRM;
import static dev.guidecheck.guide.DocsTree.MARKETING;
import static dev.guidecheck.guide.DocsTree.REST;
import static dev.guidecheck.guide.DocsTree.SHARED_BODY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.function.Predicate;

import org.assertj.core.groups.Tuple;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import dev.guidecheck.guide.DocsTree;
import dev.guidecheck.guide.SourceRef;
import dev.guidecheck.guide.Step;

public class GuideLintTest {

    private static final Predicate<Step> EVERY_STEP = step -> true;
    private static final String RENUMBER = "renumber the list 1, 2, 3, … (or use 1. for every item)";

    private final GuideLint reference = new GuideLint(DocsTree.reference(), EVERY_STEP);

    @DataProvider
    public Object[][] pagesOfTheSharedBody() {
        return new Object[][] {{CRM}, {MARKETING}};
    }

    @Test(dataProvider = "pagesOfTheSharedBody")
    public void sharedBodyIsOnlyMisnumberedAndEachItemIsNamedAtItsIncludeLine(String page) {
        assertThat(reference.lint(page))
                .extracting(LintFinding::rule, LintFinding::severity, LintFinding::where, LintFinding::page,
                        LintFinding::message, LintFinding::suggestion)
                .containsExactly(
                        misnumbered(SHARED_BODY, 30, page, 3, 2),
                        misnumbered(SHARED_BODY, 32, page, 4, 3),
                        misnumbered(SHARED_BODY, 33, page, 3, 4),
                        misnumbered(SHARED_BODY, 45, page, 3, 2),
                        misnumbered(SHARED_BODY, 46, page, 4, 3),
                        misnumbered(SHARED_BODY, 48, page, 3, 5),
                        rawHtml(SHARED_BODY, 7, page, "</br>"),
                        rawHtml(SHARED_BODY, 12, page, "</br> and 5 more tags"));
    }

    @Test
    public void restPageIsMisnumberedAndHasALinkThatRendersAsPlainText() {
        assertThat(reference.lint(REST))
                .extracting(LintFinding::rule, LintFinding::severity, LintFinding::where, LintFinding::page,
                        LintFinding::message, LintFinding::suggestion)
                .containsExactly(
                        misnumbered(REST, 38, REST, 3, 2),
                        misnumbered(REST, 40, REST, 4, 3),
                        misnumbered(REST, 41, REST, 3, 4),
                        misnumbered(REST, 50, REST, 3, 2),
                        misnumbered(REST, 51, REST, 4, 3),
                        misnumbered(REST, 53, REST, 3, 5),
                        tuple("link-syntax", Severity.WARNING, new SourceRef(REST, 45), REST,
                                "link renders as plain text: [latest Infusionsoft documentation] "
                                        + "(https://developer.infusionsoft.com/getting-started-oauth-keys/)",
                                "remove the space between ] and ("),
                        rawHtml(REST, 29, REST, "</br> and 5 more tags"));
    }

    @Test
    public void linkTextAndUrlOnTwoLinesRenderAsPlainText() {
        try (DocsTree tree = DocsTree.copy()) {
            tree.edit(SHARED_BODY, 39, "[Creating an application](", "[Creating an application]\n(");

            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint(CRM))
                    .filteredOn(finding -> finding.rule().equals("link-syntax"))
                    .extracting(LintFinding::where, LintFinding::message, LintFinding::suggestion)
                    .containsExactly(tuple(new SourceRef(SHARED_BODY, 39),
                            "link renders as plain text: [Creating an application]",
                            "join the lines so that ( follows ] directly"));
        }
    }

    @Test
    public void undefinedLiquidVariablePrintsNothingAndIsAWarningAtTheIncludeLine() {
        // Jekyll's default (no strict_variables in _config.yml) prints an undefined variable as nothing.
        try (DocsTree tree = DocsTree.copy()) {
            tree.edit(SHARED_BODY, 24, "record the **Encrypted Key**", "record the **{{page.encryptedKey}}**");

            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint(CRM))
                    .filteredOn(finding -> finding.rule().equals("liquid"))
                    .extracting(LintFinding::severity, LintFinding::where, LintFinding::message)
                    .containsExactly(tuple(Severity.WARNING, new SourceRef(SHARED_BODY, 24),
                            "undefined variable page.encryptedKey (not in the front matter of " + CRM + ") renders as nothing"));
        }
    }

    @Test
    public void missingIncludeIsTheOneRenderFindingAtTheIncludeTag() {
        try (DocsTree tree = DocsTree.copy()) {
            tree.edit(CRM, 18, "Elements/infusionsoft/setup.md", "Elements/infusionsoft/set-up.md");

            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint(CRM))
                    .extracting(LintFinding::rule, LintFinding::severity, LintFinding::where)
                    .containsExactly(tuple("render", Severity.ERROR, new SourceRef(CRM, 18)));
        }
    }

    @Test
    public void calloutLinkToARenamedHeadingIsNamedWhereTheCalloutIsIncluded() {
        try (DocsTree tree = DocsTree.copy()) {
            // Quoted, so that kramdown parses the link (unquoted, it shows the markup as text: rule raw-html).
            tree.edit(SHARED_BODY, 12, "href=#create-an-application", "href='#create-an-app'");

            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint(CRM))
                    .filteredOn(finding -> finding.rule().equals("broken-anchor"))
                    .extracting(LintFinding::severity, LintFinding::where, LintFinding::message)
                    .containsExactly(tuple(Severity.ERROR, new SourceRef(SHARED_BODY, 12),
                            "link to #create-an-app matches no heading on the page"));
        }
    }

    @Test
    public void markdownLinkToAMissingHeadingIsNamedAtItsLine() {
        try (DocsTree tree = DocsTree.copy()) {
            tree.edit(SHARED_BODY, 16, "(#create-an-application)", "(#create-application)");

            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint(MARKETING))
                    .filteredOn(finding -> finding.rule().equals("broken-anchor"))
                    .extracting(LintFinding::where, LintFinding::page, LintFinding::message)
                    .containsExactly(tuple(new SourceRef(SHARED_BODY, 16), MARKETING,
                            "link to #create-application matches no heading on the page"));
        }
    }

    @Test
    public void linkToThePageTitleHeadingIsNotBroken() {
        try (DocsTree tree = DocsTree.copy()) {
            tree.edit(SHARED_BODY, 16, "(#create-an-application)", "(#api-provider-setup)");
            tree.edit(CALLOUT, 1, "</div>", "<a href=\"#api-provider-setup\">Top</a></div>");

            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint(CRM))
                    .extracting(LintFinding::rule).doesNotContain("broken-anchor");
        }
    }

    @Test
    public void imageThatIsNotInTheTreeIsNamedAtItsLine() {
        try (DocsTree tree = DocsTree.copy()) {
            tree.edit(SHARED_BODY, 25, "encrypted-key.png", "encrypted-key-2017.png");

            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint(CRM))
                    .filteredOn(finding -> finding.rule().equals("missing-image"))
                    .extracting(LintFinding::severity, LintFinding::where, LintFinding::message)
                    .containsExactly(tuple(Severity.ERROR, new SourceRef(SHARED_BODY, 25),
                            "image /assets/img/elements/infusionsoft/encrypted-key-2017.png does not exist "
                                    + "(looked for assets/img/elements/infusionsoft/encrypted-key-2017.png)"));
        }
    }

    @Test
    public void imagePathThatLeavesTheDocsRootIsAnError() {
        try (DocsTree tree = DocsTree.copy()) {
            tree.edit(SHARED_BODY, 22, "(/assets/img/elements/infusionsoft/admin-settings.png)", "(../../../../admin-settings.png)");

            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint(CRM))
                    .filteredOn(finding -> finding.rule().equals("missing-image"))
                    .extracting(LintFinding::where, LintFinding::message)
                    .containsExactly(tuple(new SourceRef(SHARED_BODY, 22),
                            "image ../../../../admin-settings.png is outside the docs root"));
        }
    }

    @Test
    public void stepsNoBindingUnderstandsAreErrorsThatQuoteTheStep() {
        GuideLint lint = new GuideLint(DocsTree.reference(), step -> !step.text().startsWith("Complete"));

        assertThat(lint.lint(CRM))
                .filteredOn(finding -> finding.rule().equals("unbound-step"))
                .extracting(LintFinding::severity, LintFinding::where, LintFinding::message)
                .containsExactly(tuple(Severity.ERROR, new SourceRef(SHARED_BODY, 45),
                        "no binding for step 2 (" + SHARED_BODY + ":45): \"Complete the required information.\""));
        assertThat(lint.lint(REST))
                .filteredOn(finding -> finding.rule().equals("unbound-step"))
                .extracting(LintFinding::message)
                .containsExactly("no binding for step 2 (" + REST + ":50): \"Complete the required information.\"");
    }

    @Test
    public void credentialTheLocateSectionNeverRecordsIsNamedAtItsTableRow() {
        try (DocsTree tree = DocsTree.copy()) {
            tree.edit(SHARED_BODY, 30, "Record the **{{page.apiKey}}** and **{{page.apiSecret}}**.", "Record the **{{page.apiKey}}**.");

            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint(CRM))
                    .filteredOn(finding -> finding.rule().equals("unrecorded-credential"))
                    .extracting(LintFinding::severity, LintFinding::where, LintFinding::message, LintFinding::suggestion)
                    .as("the create section still records it, but readers who already have an app never get there")
                    .containsExactly(tuple(Severity.WARNING, new SourceRef(SHARED_BODY, 9),
                            "no step of \"Locate Credentials for Authentication\" records the **client_secret**",
                            "add a step under \"Locate Credentials for Authentication\" that says to record the **client_secret**"));
        }
    }

    @Test
    public void credentialsSectionCanBeNamedByTheCaller() {
        GuideLint lint = new GuideLint(DocsTree.reference(), EVERY_STEP, (page, procedure) -> java.util.Optional.empty(),
                "Create an Application");

        assertThat(lint.lint(CRM))
                .filteredOn(finding -> finding.rule().equals("unrecorded-credential"))
                .extracting(finding -> finding.where().line())
                .as("that section records the Encrypted Key, client_id and client_secret, but not the Callback URL")
                .containsExactly(10);
    }

    @Test
    public void findingIsOneConsoleLineThatStartsWithWhatAndWhere() {
        List<LintFinding> findings = reference.lint(CRM);

        assertThat(LintReport.format(findings.get(0))).isEqualTo(
                "warning list-numbering " + SHARED_BODY + ":30 (" + CRM + "): step written as 3 renders as 2 — " + RENUMBER);
    }

    @Test
    public void listsWrittenWithOneNumberForEveryItemOrInOrderAreNotFlagged() {
        try (DocsTree tree = DocsTree.copy().write("docs/lists.md", """
                # Lists

                1. a
                1. b
                1. c

                Then:

                2. a
                2. b

                And:

                1. a
                2. b
                3. c

                Last:

                1. a
                3. b
                """)) {
            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint("docs/lists.md"))
                    .extracting(LintFinding::rule, finding -> finding.where().line(), LintFinding::message)
                    .containsExactly(tuple("list-numbering", 21, "step written as 3 renders as 2"));
        }
    }

    @Test
    public void unboundSentencesOfAProcedureTheCheckDoesNotCoverAreInfoWithTheReason() {
        GuideLint lint = new GuideLint(DocsTree.reference(), step -> !step.text().startsWith("Complete"),
                (page, procedure) -> procedure.title().equals("To create an application")
                        ? java.util.Optional.of("its steps act on https://example.com") : java.util.Optional.empty(),
                GuideLint.CREDENTIALS_SECTION);

        assertThat(lint.lint(CRM))
                .filteredOn(finding -> finding.rule().equals("unbound-step"))
                .extracting(LintFinding::severity, LintFinding::message)
                .containsExactly(tuple(Severity.INFO, "no binding for step 2 (" + SHARED_BODY + ":45): "
                        + "\"Complete the required information.\"; not replayed: its steps act on https://example.com"));
    }

    @Test
    public void aPageReadOnceLintsAsItsPath() {
        assertThat(reference.lint(new dev.guidecheck.guide.GuideReader(DocsTree.reference()).read(CRM)))
                .isEqualTo(reference.lint(CRM));
    }

    @Test
    public void frontMatterErrorIsTheOneRenderFindingAtItsLine() {
        try (DocsTree tree = DocsTree.copy().edit(CRM, 2, "heading: Infusionsoft CRM", "heading: [Infusionsoft CRM")) {
            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint(CRM))
                    .extracting(LintFinding::rule, LintFinding::severity, LintFinding::where)
                    .containsExactly(tuple("render", Severity.ERROR, new SourceRef(CRM, 2)));
        }
    }

    @Test
    public void aPathThatNamesNoPageIsTheCallersInputNotAFinding() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reference.lint("docs/elements/nope/setup.md"))
                .isInstanceOf(dev.guidecheck.guide.PageInputException.class);
    }

    @Test
    public void imageOnACdnIsInfo() {
        try (DocsTree tree = DocsTree.copy()) {
            tree.edit(SHARED_BODY, 25, "(/assets/img/elements/infusionsoft/encrypted-key.png)", "(https://cdn.example.com/key.png)");

            assertThat(new GuideLint(tree.root(), EVERY_STEP).lint(CRM))
                    .filteredOn(finding -> finding.rule().equals("missing-image"))
                    .extracting(LintFinding::severity, LintFinding::where)
                    .containsExactly(tuple(Severity.INFO, new SourceRef(SHARED_BODY, 25)));
        }
    }

    private static Tuple rawHtml(String file, int line, String page, String shown) {
        return tuple("raw-html", Severity.WARNING, new SourceRef(file, line), page,
                "kramdown shows " + shown + " to readers as text, not as HTML",
                "quote every attribute value (href=\"#...\") and close only tags that were opened (<br>, not </br>)");
    }

    private static Tuple misnumbered(String file, int line, String page, int written, int position) {
        return tuple("list-numbering", Severity.WARNING, new SourceRef(file, line), page,
                "step written as " + written + " renders as " + position, RENUMBER);
    }
}
