package dev.guidecheck.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import dev.guidecheck.guide.Corpus;
import dev.guidecheck.steps.Coverage;
import dev.guidecheck.steps.Phrases;

/**
 * The whole devportal corpus linted in one run, as the runner lints it (the real phrase catalogue and
 * {@link Coverage#notCovered}): no page is refused or crashes, and only the pages with real defects fail.
 */
public class CorpusLintTest {

    private static final String HUBSPOT = "_includes/Elements/Hubspot/setup.md";
    private static final String NETSUITE = "_includes/Elements/netsuite/setup.md";

    private final Map<String, List<LintFinding>> findings = new LinkedHashMap<>();

    @BeforeClass
    public void lintTheCorpus() {
        Phrases phrases = new Phrases();
        GuideLint lint = new GuideLint(Corpus.root(), step -> phrases.bind(step).isPresent(), Coverage::notCovered,
                GuideLint.CREDENTIALS_SECTION);
        for (String page : Corpus.pages()) {
            findings.put(page, lint.lint(page));
        }
    }

    @Test
    public void everyPageIsReadWithoutARenderFailure() {
        assertThat(findings).hasSize(72);
        assertThat(findings.values().stream().flatMap(List::stream).filter(f -> f.rule().equals("render")).toList()).isEmpty();
    }

    @Test
    public void onlyThePagesWithRealDefectsHaveErrors() {
        List<LintFinding> errors = findings.values().stream().flatMap(List::stream)
                .filter(finding -> finding.severity() == Severity.ERROR).toList();
        errors.forEach(error -> System.out.println("CorpusLintTest: " + LintReport.format(error)));

        assertThat(errors).extracting(LintFinding::rule, finding -> finding.where().toString(), LintFinding::page)
                .containsExactlyInAnyOrder(
                        // Images missing from the site's repository too.
                        tuple("missing-image", HUBSPOT + ":30", "docs/elements/hubspot/setup.md"),
                        tuple("missing-image", HUBSPOT + ":30", "docs/elements/hubspot-crm/setup.md"),
                        tuple("missing-image", NETSUITE + ":29", "docs/elements/netsuite-2016-crm/setup.md"),
                        tuple("missing-image", NETSUITE + ":29", "docs/elements/netsuite-2016-erp/setup.md"),
                        tuple("missing-image", NETSUITE + ":29", "docs/elements/netsuite-2016-finance/setup.md"),
                        tuple("missing-image", NETSUITE + ":29", "docs/elements/netsuite-2016-human-capital/setup.md"),
                        tuple("missing-image", page("microsoftgraph") + ":58", page("microsoftgraph")),
                        tuple("missing-image", page("microsoftgraph") + ":85", page("microsoftgraph")),
                        tuple("missing-image", page("woocommerce-rest") + ":30", page("woocommerce-rest")),
                        // "On this page" entries for sections the page does not have (Ground2Cloud: the id is lower case).
                        tuple("broken-anchor", page("freshbooksv2") + ":26", page("freshbooksv2")),
                        tuple("broken-anchor", page("microsoftgraph") + ":26", page("microsoftgraph")),
                        tuple("broken-anchor", page("onedrive") + ":28", page("onedrive")),
                        tuple("broken-anchor", page("outlookemail") + ":26", page("outlookemail")),
                        tuple("broken-anchor", page("outlookemail") + ":26", page("outlookemail")),
                        tuple("broken-anchor", page("quickbooksenterprise") + ":25", page("quickbooksenterprise")),
                        tuple("broken-anchor", page("sharefile") + ":23", page("sharefile")),
                        tuple("broken-anchor", page("square") + ":23", page("square")));
    }

    @Test
    public void hubspotsMissingImageAndFreshbooksMissingSectionAreNamed() {
        assertThat(findings.get("docs/elements/hubspot/setup.md")).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(LintFinding::message)
                .containsExactly("image /assets/img/elements/Hubspot/HAPIkey.png does not exist"
                        + " (looked for assets/img/elements/Hubspot/HAPIkey.png)");
        assertThat(findings.get(page("freshbooksv2"))).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(LintFinding::message)
                .containsExactly("link to #set-up-events matches no heading on the page"
                        + " (and kramdown shows the link as text: rule raw-html)");
    }

    @Test
    public void sentencesOfProceduresOnOtherSitesAreInfoWithTheReason() {
        assertThat(findings.get("docs/elements/zendesk/setup.md"))
                .filteredOn(f -> f.rule().equals("unbound-step"))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("; not replayed: ");
                });
    }

    @Test
    public void imagesOnACdnAreNotedNotRefused() {
        assertThat(findings.get(page("bamboohr"))).filteredOn(f -> f.rule().equals("missing-image"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    public void listsKramdownKeepsWholeAreNotMisnumbered() {
        assertThat(findings.get("docs/elements/netsuite-2016-crm/setup.md"))
                .filteredOn(f -> f.rule().equals("list-numbering")).extracting(f -> f.where().line())
                .doesNotContain(17);
        assertThat(findings.get(page("dynamicscrm"))).filteredOn(f -> f.rule().equals("list-numbering"))
                .extracting(f -> f.where().line(), LintFinding::message)
                .contains(tuple(39, "step written as 4 renders as 6"));
        assertThat(findings.get(page("sagecrm"))).filteredOn(f -> f.rule().equals("list-numbering"))
                .extracting(f -> f.where().line(), LintFinding::message)
                .contains(tuple(27, "step written as 4 renders as 8"), tuple(28, "step written as 5 renders as 9"));
    }

    private static String page(String element) {
        return "docs/elements/" + element + "/setup.md";
    }
}
