package dev.guidecheck.guide;

import static dev.guidecheck.guide.DocsTree.CALLOUT;
import static dev.guidecheck.guide.DocsTree.CRM;
import static dev.guidecheck.guide.DocsTree.REST;
import static dev.guidecheck.guide.DocsTree.SHARED_BODY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.testng.annotations.Test;

/**
 * Liquid syntax errors fail the read, as in the site's strict error mode, and name the file and line to fix;
 * undefined variables print nothing and are noted, as Jekyll does unless _config.yml sets strict_variables.
 */
public class LiquidStrictTest {

    @Test
    public void undefinedVariableInAnIncludePrintsNothingAndIsNotedAtTheIncludeLine() {
        try (DocsTree docs = DocsTree.copy().edit(SHARED_BODY, 30, "{{page.apiKey}}", "{{page.apiKeyy}}")) {
            GuidePage guide = docs.reader().read(CRM);

            assertThat(guide.renderNotes()).extracting(RenderNote::where, RenderNote::message)
                    .containsExactly(tuple(new SourceRef(SHARED_BODY, 30), "undefined variable page.apiKeyy"
                            + " (not in the front matter of " + CRM + ") renders as nothing"));
            assertThat(guide.procedure("To find your OAuth 2.0 credentials").steps().get(1).text())
                    .as("the empty bold is text, as kramdown shows it").isEqualTo("Record the **** and client_secret.");
        }
    }

    @Test
    public void frontMatterWithoutAVariableTheIncludeUsesIsNotedAtItsFirstUse() {
        try (DocsTree docs = DocsTree.copy().edit(CRM, 2, "heading: Infusionsoft CRM", "headline: Infusionsoft CRM")) {
            assertThat(docs.reader().read(CRM).renderNotes()).extracting(RenderNote::where)
                    .containsExactly(new SourceRef(SHARED_BODY, 3));
        }
    }

    @Test
    public void undefinedVariableInThePageBodyIsNotedAtThePageLine() {
        try (DocsTree docs = DocsTree.copy().edit(REST, 41, "{{page.callbackURL}}", "{{ page.callbackUrl }}")) {
            assertThat(docs.reader().read(REST).renderNotes()).extracting(RenderNote::where)
                    .containsExactly(new SourceRef(REST, 41));
        }
    }

    @Test
    public void undefinedIncludeParameterIsNotedInTheIncludedFile() {
        try (DocsTree docs = DocsTree.copy().edit(CALLOUT, 1, "include.type", "include.kind")) {
            assertThat(docs.reader().read(CRM).renderNotes()).extracting(RenderNote::where, RenderNote::message)
                    .containsExactly(tuple(new SourceRef(CALLOUT, 1),
                            "undefined variable include.kind (not a parameter of this include) renders as nothing"));
        }
    }

    @Test
    public void undefinedVariableOnlyTestedByATagIsNotNoted() {
        try (DocsTree docs = DocsTree.copy().edit(REST, 41, "{{page.callbackURL}}", "{% if page.optional %}x{% endif %}{{page.callbackURL}}")) {
            assertThat(docs.reader().read(REST).renderNotes()).isEmpty();
        }
    }

    @Test
    public void siteWithStrictVariablesFailsAnUndefinedVariableAtItsLine() {
        try (DocsTree docs = DocsTree.copy().write("_config.yml", "liquid:\n  error_mode: strict\n  strict_variables: true\n")
                .edit(SHARED_BODY, 30, "{{page.apiKey}}", "{{page.apiKeyy}}")) {
            GuideException failure = readFailure(docs, CRM);

            assertThat(failure).hasMessage(SHARED_BODY + ":30: undefined variable page.apiKeyy"
                    + " (not in the front matter of " + CRM + ")");
            assertThat(failure.where()).isEqualTo(new SourceRef(SHARED_BODY, 30));
        }
    }

    @Test
    public void missingIncludeNamesTheLineOfTheIncludeTag() {
        try (DocsTree docs = DocsTree.copy().edit(SHARED_BODY, 12, "include callout.html", "include callouts.html")) {
            GuideException failure = readFailure(docs, CRM);

            assertThat(failure.where()).isEqualTo(new SourceRef(SHARED_BODY, 12));
            assertThat(failure.reason()).startsWith("include callouts.html not found in ");
        }
    }

    @Test
    public void missingIncludeOfAPageNamesThePageLine() {
        try (DocsTree docs = DocsTree.copy().edit(CRM, 18, "infusionsoft/setup.md", "infusionsoft/set-up.md")) {
            assertThat(readFailure(docs, CRM).where()).isEqualTo(new SourceRef(CRM, 18));
        }
    }

    @Test
    public void includeThatIncludesItselfIsRefused() {
        try (DocsTree docs = DocsTree.copy().write(CALLOUT, "<div>\n{% include callout.html %}\n</div>\n")) {
            GuideException failure = readFailure(docs, CRM);

            assertThat(failure.where()).isEqualTo(new SourceRef(CALLOUT, 2));
            assertThat(failure.reason()).isEqualTo("include callout.html includes itself");
        }
    }

    @Test
    public void syntaxErrorInAnIncludeNamesTheIncludeLine() {
        try (DocsTree docs = DocsTree.copy().edit(SHARED_BODY, 45, "Complete", "{% iff page.apiKey %}Complete")) {
            GuideException failure = readFailure(docs, CRM);

            assertThat(failure.where()).isEqualTo(new SourceRef(SHARED_BODY, 45));
            assertThat(failure.reason()).startsWith("Liquid syntax error: ").contains("iff");
        }
    }

    @Test
    public void unclosedOutputInThePageNamesThePageLine() {
        try (DocsTree docs = DocsTree.copy().edit(REST, 50, "Complete", "{{ page.apiKey Complete")) {
            GuideException failure = readFailure(docs, REST);

            assertThat(failure.where()).isEqualTo(new SourceRef(REST, 50));
            assertThat(failure.reason()).startsWith("Liquid syntax error: ");
        }
    }

    @Test
    public void unclosedBlockNamesTheLineThatOpensIt() {
        try (DocsTree docs = DocsTree.copy().edit(SHARED_BODY, 20, "Log in", "{% if page.apiKey %}Log in")) {
            assertThat(readFailure(docs, CRM))
                    .hasMessage(SHARED_BODY + ":20: Liquid syntax error: 'if' tag was never closed");
        }
    }

    @Test
    public void endTagThatClosesNothingNamesItsLine() {
        try (DocsTree docs = DocsTree.copy().edit(REST, 53, "Record", "{% endif %}Record")) {
            assertThat(readFailure(docs, REST))
                    .hasMessage(REST + ":53: Liquid syntax error: 'endif' closes no open block");
        }
    }

    @Test
    public void syntaxErrorReasonDoesNotRepeatLiqpsOwnLineNumbers() {
        try (DocsTree docs = DocsTree.copy().edit(REST, 50, "Complete", "{{ page.apiKey Complete")) {
            assertThat(readFailure(docs, REST).reason()).doesNotContain("on line");
        }
    }

    @Test
    public void unknownFilterNamesItsLine() {
        try (DocsTree docs = DocsTree.copy().edit(SHARED_BODY, 33, "{{page.callbackURL}}", "{{ page.callbackURL | shout }}")) {
            GuideException failure = readFailure(docs, CRM);

            assertThat(failure.where()).isEqualTo(new SourceRef(SHARED_BODY, 33));
            assertThat(failure.reason()).contains("shout");
        }
    }

    @Test
    public void tagSpreadOverLinesKeepsTheLinesAfterItTraced() {
        String page = "docs/multi-line.md";
        try (DocsTree docs = DocsTree.copy()
                .write("_includes/note.md", "Note: {{ include.text }}")
                .write(page, """
                        ---
                        title: Multi-line
                        ---
                        Intro for {{ page.title }}.
                        {% include note.md
                           text="look twice" %}
                        {% if page.title %}
                        Shown.
                        {% endif %}
                        End.
                        """)) {
            GuidePage guide = docs.reader().read(page);
            java.util.List<String> lines = guide.renderedMarkdown().lines().toList();

            assertThat(lines).containsSubsequence("Intro for Multi-line.", "Note: look twice", "Shown.", "End.");
            assertThat(guide.lineMap().origin(lines.indexOf("Intro for Multi-line.") + 1)).isEqualTo(new SourceRef(page, 4));
            assertThat(guide.lineMap().origin(lines.indexOf("Note: look twice") + 1)).isEqualTo(new SourceRef("_includes/note.md", 1));
            assertThat(guide.lineMap().origin(lines.indexOf("Shown.") + 1)).isEqualTo(new SourceRef(page, 8));
            assertThat(guide.lineMap().origin(lines.indexOf("End.") + 1)).isEqualTo(new SourceRef(page, 10));
        }
    }

    private static GuideException readFailure(DocsTree docs, String page) {
        GuideException failure = catchThrowableOfType(GuideException.class, () -> docs.reader().read(page));
        assertThat(failure).as("reading %s fails", page).isNotNull();
        assertThat(failure.getMessage()).doesNotContain("\n");
        return failure;
    }
}
