package dev.guidecheck.guide;

import static dev.guidecheck.guide.DocsTree.CRM;
import static dev.guidecheck.guide.DocsTree.MARKETING;
import static dev.guidecheck.guide.DocsTree.REST;
import static dev.guidecheck.guide.DocsTree.SHARED_BODY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class GuideReaderTest {

    private static final String IMAGES = "/assets/img/elements/infusionsoft/";
    private final GuideReader reader = new GuideReader(DocsTree.reference());

    @DataProvider
    public Object[][] pagesOfTheSharedBody() {
        return new Object[][] {{CRM}, {MARKETING}};
    }

    @Test(dataProvider = "pagesOfTheSharedBody")
    public void sharedBodyReadsAsTwoSectionsOfTwoProceduresEach(String page) {
        GuidePage guide = reader.read(page);

        assertThat(guide.sections())
                .extracting(Section::title, Section::id, Section::source)
                .containsExactly(
                        tuple("Locate Credentials for Authentication", "locate-credentials-for-authentication",
                                new SourceRef(SHARED_BODY, 14)),
                        tuple("Create an Application", "create-an-application", new SourceRef(SHARED_BODY, 35)));
        assertThat(guide.procedures())
                .extracting(Procedure::title, Procedure::section, Procedure::source)
                .containsExactly(
                        tuple("To find your Encrypted Key", "Locate Credentials for Authentication", new SourceRef(SHARED_BODY, 18)),
                        tuple("To find your OAuth 2.0 credentials", "Locate Credentials for Authentication", new SourceRef(SHARED_BODY, 27)),
                        tuple("To create an application", "Create an Application", new SourceRef(SHARED_BODY, 42)),
                        tuple("To set up an encrypted API key", "Create an Application", new SourceRef(SHARED_BODY, 51)));
    }

    @Test(dataProvider = "pagesOfTheSharedBody")
    public void everyStepNamesThePageThatPulledItIn(String page) {
        GuidePage guide = reader.read(page);

        assertThat(guide.procedures()).extracting(Procedure::page).containsOnly(page);
        assertThat(guide.procedures()).flatExtracting(Procedure::steps).extracting(Step::page).containsOnly(page);
    }

    @Test
    public void stepsNameTheLinesOfTheIncludeTheyWereWrittenIn() {
        GuidePage guide = reader.read(CRM);

        assertThat(guide.procedure("To find your Encrypted Key").steps())
                .extracting(Step::number, Step::position, Step::source)
                .containsExactly(
                        tuple(1, 1, new SourceRef(SHARED_BODY, 20)),
                        tuple(2, 2, new SourceRef(SHARED_BODY, 21)),
                        tuple(3, 3, new SourceRef(SHARED_BODY, 23)),
                        tuple(4, 4, new SourceRef(SHARED_BODY, 24)));
        assertThat(guide.procedure("To create an application").steps())
                .extracting(Step::number, step -> step.source().line())
                .containsExactly(tuple(1, 44), tuple(3, 45), tuple(4, 46), tuple(4, 47), tuple(3, 48));
        assertThat(guide.procedure("To set up an encrypted API key").steps())
                .extracting(Step::number, step -> step.source().line())
                .containsExactly(tuple(1, 53), tuple(2, 54), tuple(3, 56), tuple(4, 57), tuple(5, 58), tuple(6, 59));
    }

    @Test
    public void stepsKeepTheNumbersAsWrittenWhilePositionsFollowTheRenderedList() {
        List<Step> steps = reader.read(CRM).procedure("To find your OAuth 2.0 credentials").steps();

        assertThat(steps)
                .extracting(Step::number, Step::position, Step::source, Step::text)
                .containsExactly(
                        tuple(1, 1, new SourceRef(SHARED_BODY, 29), "Sign in to your developer account."),
                        tuple(3, 2, new SourceRef(SHARED_BODY, 30), "Record the client_id and client_secret."),
                        tuple(4, 3, new SourceRef(SHARED_BODY, 32), "Click Applications, and then click Edit."),
                        tuple(3, 4, new SourceRef(SHARED_BODY, 33),
                                "Scroll down to Register Callback URL and record the Callback URL for your app."));
    }

    @Test
    public void stepCarriesItsBoldLabelsAndLinks() {
        GuidePage guide = reader.read(CRM);
        List<Step> oauth = guide.procedure("To find your OAuth 2.0 credentials").steps();

        assertThat(oauth.get(0).links())
                .containsExactly(new Link("developer account", "https://keys.developer.infusionsoft.com/apps/mykeys"));
        assertThat(oauth.get(1).bold()).containsExactly("client_id", "client_secret");
        assertThat(oauth.get(3).bold()).containsExactly("Register Callback URL", "Callback URL");
        Step adminSettings = guide.procedure("To find your Encrypted Key").steps().get(1);
        assertThat(adminSettings.text()).isEqualTo("Navigate to Admin>Settings.");
        assertThat(adminSettings.bold()).containsExactly("Admin>Settings");
    }

    @Test
    public void imageLineRightUnderAnItemBelongsToThatItem() {
        GuidePage guide = reader.read(CRM);
        List<Step> encryptedKey = guide.procedure("To find your Encrypted Key").steps();
        List<Step> oauth = guide.procedure("To find your OAuth 2.0 credentials").steps();

        assertThat(encryptedKey).extracting(step -> step.images().size()).containsExactly(0, 1, 0, 1);
        assertThat(encryptedKey.get(1).images()).containsExactly(
                new ImageRef("Admin Settings", IMAGES + "admin-settings.png", new SourceRef(SHARED_BODY, 22), CRM));
        assertThat(encryptedKey.get(3).images()).extracting(ImageRef::path).containsExactly(IMAGES + "encrypted-key.png");
        assertThat(oauth.get(1).images()).extracting(ImageRef::path, ImageRef::source)
                .containsExactly(tuple(IMAGES + "infusionsoft_creds.png", new SourceRef(SHARED_BODY, 31)));
        assertThat(oauth.get(1).text()).as("the image is not part of the words").doesNotContain("Key secret");
    }

    @Test
    public void pageListsEveryHeadingWithItsAnchorIncludingTheTitle() {
        assertThat(reader.read(CRM).headings())
                .extracting(Heading::level, Heading::id, Heading::source)
                .containsExactly(
                        tuple(1, "api-provider-setup", new SourceRef(SHARED_BODY, 1)),
                        tuple(2, "locate-credentials-for-authentication", new SourceRef(SHARED_BODY, 14)),
                        tuple(2, "create-an-application", new SourceRef(SHARED_BODY, 35)));
    }

    @Test
    public void pageListsEveryImageItPublishes() {
        assertThat(reader.read(CRM).images()).extracting(image -> image.source().line())
                .containsExactly(22, 25, 31, 49, 55, 60);
    }

    @Test
    public void credentialTableMapsProviderNamesToParametersFromCodeSpans() {
        CredentialTable table = reader.read(CRM).credentials();

        assertThat(table.rows())
                .extracting(CredentialRow::name, CredentialRow::parameter, CredentialRow::source)
                .containsExactly(
                        tuple("Encrypted Key", "infusionsoft.private.key", new SourceRef(SHARED_BODY, 7)),
                        tuple("client_id", "oauth.api.key", new SourceRef(SHARED_BODY, 8)),
                        tuple("client_secret", "oauth.api.secret", new SourceRef(SHARED_BODY, 9)),
                        tuple("Callback URL", "oauth.callback.url", new SourceRef(SHARED_BODY, 10)));
    }

    @Test
    public void credentialParameterWithoutCodeSpanIsTheCellText() {
        CredentialTable table = reader.read(REST).credentials();

        assertThat(table.rows())
                .extracting(CredentialRow::name, CredentialRow::parameter, row -> row.source().line())
                .containsExactly(
                        tuple("client_id", "oauth.api.key", 25),
                        tuple("client_secret", "oauth.api.secret", 26),
                        tuple("Callback URL", "oauth.callback.url", 27));
    }

    @Test
    public void pageWithItsOwnBodyNamesPageLines() {
        GuidePage guide = reader.read(REST);

        assertThat(guide.procedures())
                .extracting(Procedure::title, Procedure::source)
                .containsExactly(
                        tuple("To find your OAuth 2.0 credentials", new SourceRef(REST, 35)),
                        tuple("To create an application", new SourceRef(REST, 47)));
        assertThat(guide.procedures().get(0).steps())
                .extracting(Step::number, Step::source)
                .containsExactly(tuple(1, new SourceRef(REST, 37)), tuple(3, new SourceRef(REST, 38)),
                        tuple(4, new SourceRef(REST, 40)), tuple(3, new SourceRef(REST, 41)));
        assertThat(guide.procedures().get(1).steps())
                .extracting(step -> step.source().line())
                .containsExactly(49, 50, 51, 52, 53);
        assertThat(guide.procedures()).flatExtracting(Procedure::steps).extracting(Step::page).containsOnly(REST);
    }

    @Test
    public void frontMatterValuesLeaveTheirYamlCommentsBehind() {
        GuidePage guide = reader.read(CRM);

        assertThat(guide.frontMatter())
                .containsEntry("apiProvider", "Infusionsoft")
                .containsEntry("apiKey", "client_id")
                .containsEntry("apiSecret", "client_secret")
                .containsEntry("callbackURL", "Callback URL")
                .containsEntry("elementId", 191);
        assertThat(guide.renderedMarkdown())
                .contains("register an app with Infusionsoft. You also")
                .doesNotContain("For cases where");
    }

    @Test
    public void pageIsPublishedAtItsPathWithHtml() {
        GuidePage guide = reader.read(CRM);

        assertThat(guide.path()).isEqualTo(CRM);
        assertThat(guide.url()).isEqualTo("docs/elements/infusionsoft-crm/setup.html");
        assertThat(guide.title()).isEqualTo("API Provider Setup");
    }

    @Test
    public void calloutIncludeIsRenderedWithItsParameters() {
        String markdown = reader.read(MARKETING).renderedMarkdown();

        assertThat(markdown)
                .contains("<div markdown=\"span\" class=\"bs-callout bs-callout-info\"><strong>On this page</strong>")
                .doesNotContain("{%").doesNotContain("{{");
    }

    @Test
    public void procedureMarkdownIsTheRenderedIntroAndList() {
        Procedure oauth = reader.read(CRM).procedure("To find your OAuth 2.0 credentials");

        assertThat(oauth.markdown()).isEqualTo("""
                To find your OAuth 2.0 credentials:

                1. Sign in to your [developer account](https://keys.developer.infusionsoft.com/apps/mykeys).
                3. Record the **client_id** and **client_secret**.
                ![Key secret and URL](/assets/img/elements/infusionsoft/infusionsoft_creds.png)
                4. Click **Applications**, and then click **Edit**.
                3. Scroll down to **Register Callback URL** and record the **Callback URL** for your app.""");
    }

    @Test
    public void everyRenderedLineMapsBackToWhereItWasWritten() {
        GuidePage guide = reader.read(CRM);
        List<String> lines = guide.renderedMarkdown().lines().toList();

        int heading = lines.indexOf("## Create an Application") + 1;
        int callout = indexOfLineContaining(lines, "bs-callout-info") + 1;
        assertThat(guide.lineMap().origin(heading)).isEqualTo(new SourceRef(SHARED_BODY, 35));
        assertThat(guide.lineMap().origin(callout)).isEqualTo(new SourceRef(DocsTree.CALLOUT, 1));
        assertThat(guide.lineMap().origin(1)).as("the blank line after the front matter").isEqualTo(new SourceRef(CRM, 17));
        assertThat(guide.lineMap().origin(guide.lineMap().lineCount()).file()).isEqualTo(CRM);
    }

    @Test
    public void missingPageNamesTheDocsRoot() {
        assertThatThrownBy(() -> reader.read("docs/elements/nope/setup.md"))
                .isInstanceOf(GuideException.class)
                .hasMessage("docs/elements/nope/setup.md: no such page in docs root " + DocsTree.reference())
                .extracting(failure -> ((GuideException) failure).where()).isNull();
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + text);
    }
}
