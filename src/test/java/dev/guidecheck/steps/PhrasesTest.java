package dev.guidecheck.steps;

import dev.guidecheck.Settings;
import dev.guidecheck.Sites;
import dev.guidecheck.evidence.SecretScrubber;
import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.GuideReader;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.SourceRef;
import dev.guidecheck.guide.Step;
import org.testng.annotations.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class PhrasesTest {

    private final Phrases phrases = new Phrases();

    @Test
    public void everySentenceOfTheThreeReferencePagesBinds() {
        GuideReader reader = new GuideReader(Path.of(Settings.DEFAULT_DOCS));
        List<String> unbound = new ArrayList<>();
        int steps = 0;
        for (String page : Settings.DEFAULT_PAGES) {
            GuidePage guide = reader.read(page);
            for (Procedure procedure : guide.procedures()) {
                for (Step step : procedure.steps()) {
                    steps++;
                    if (phrases.bind(step).isEmpty()) {
                        unbound.add(step.source() + " " + step.text());
                    }
                }
            }
        }
        assertThat(steps).isEqualTo(2 * (4 + 4 + 5 + 6) + 4 + 5);
        assertThat(unbound).isEmpty();
    }

    @Test
    public void eachPhraseBindsItsOwnExample() {
        for (Phrase phrase : phrases.all()) {
            assertThat(phrase.pattern().matcher(Phrases.sentence(phrase.example().replace("**", "")
                    .replaceAll("\\[([^]]+)]\\([^)]+\\)", "$1"))).matches())
                    .as(phrase.example()).isTrue();
        }
    }

    @Test
    public void clickingTakesTheBoldLabelAsWritten() {
        assertThat(perform("Click **Register Application**.", List.of("Register Application")))
                .containsExactly("click Register Application");
    }

    @Test
    public void clickThenClickClicksBothInTurn() {
        assertThat(perform("Click **Applications**, and then click **Edit**.", List.of("Applications", "Edit")))
                .containsExactly("click Applications", "click Edit");
    }

    @Test
    public void inAPlaceClickChecksThePlaceIsWhatTheBrowserShows() {
        assertThat(perform("In Application Settings, click **Application**.", List.of("Application")))
                .containsExactly("click Application");
    }

    @Test
    public void scrollingToASectionActsInsideIt() {
        assertThat(perform("Scroll down to the API section and record the **Encrypted Key**.", List.of("Encrypted Key")))
                .containsExactly("section API", "read Encrypted Key");
        assertThat(perform("Scroll down to the API section and enter a password in **API Passphrase**.",
                List.of("API Passphrase")))
                .containsExactly("section API", "enter API Passphrase=a-secret-passphrase");
    }

    @Test
    public void scrollingToAFieldRecordsItUnderTheCredentialsName() {
        assertThat(perform("Scroll down to **Register Callback URL** and record the **Callback URL** for your app.",
                List.of("Register Callback URL", "Callback URL")))
                .containsExactly("scrollTo Register Callback URL", "read Register Callback URL");
    }

    @Test
    public void recordingReadsEachNamedField() {
        assertThat(perform("Record the **client_id** and **client_secret**.", List.of("client_id", "client_secret")))
                .containsExactly("read client_id", "read client_secret");
        assertThat(perform("Record the **Encrypted Key** that Infusionsoft generate from your passphrase.",
                List.of("Encrypted Key")))
                .containsExactly("read Encrypted Key");
    }

    @Test
    public void formsAreFilledFromTheSettings() {
        assertThat(perform("Enter the OAuth callback URL of your application in Register Callback URL.", List.of()))
                .containsExactly("enter Register Callback URL=https://example.com/oauth/callback");
        assertThat(perform("Complete the required information.", List.of()))
                .containsExactly("completeRequiredInformation");
    }

    @Test
    public void aSentenceNoPhraseUnderstandsFailsItsProcedureAndSkipsTheRest() {
        Step dance = step(2, "Dance a jig around **Admin**.", List.of("Admin"));
        Step save = step(3, "Click **Save**.", List.of("Save"));
        ProcedureResult result = replay(List.of(dance, save));

        assertThat(result.status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.steps()).extracting(StepResult::status)
                .containsExactly(StepStatus.FAILED, StepStatus.SKIPPED);
        StepResult failed = result.failure().orElseThrow();
        assertThat(failed.category()).isEqualTo(Category.UNBOUND_STEP);
        assertThat(failed.message()).isEqualTo("no binding for step 2 (guide.md:12): \"Dance a jig around Admin.\"");
    }

    @Test
    public void aMissingLabelFailsAtThatStepNamingFileLineAndWhatIsThere() {
        ProcedureResult result = replay(List.of(step(4, "Click **Nowhere**.", List.of("Nowhere"))));

        StepResult failed = result.failure().orElseThrow();
        assertThat(failed.category()).isEqualTo(Category.LABEL_NOT_FOUND);
        assertThat(failed.message()).startsWith("step 4 (guide.md:14) \"Click Nowhere.\": ")
                .contains("Nowhere").contains("\"Save\", \"Cancel\"");
    }

    @Test
    public void anEmptyCredentialIsACredentialFindingNotAPass() {
        FakeScreen screen = new FakeScreen("My API Keys", Map.of("client_id", ""));
        ProcedureResult result = replay(screen, List.of(step(3, "Record the **client_id** and **client_id**.",
                List.of("client_id", "client_id"))));

        assertThat(result.failure().orElseThrow().category()).isEqualTo(Category.CREDENTIAL_MISSING);
        assertThat(result.failure().orElseThrow().message()).contains("the client_id is empty on My API Keys");
    }

    private List<String> perform(String text, List<String> bold) {
        FakeScreen screen = fields();
        ProcedureResult result = replay(screen, List.of(step(1, text.replace("**", ""), bold)));
        assertThat(result.failure()).as(text).isEmpty();
        return screen.calls;
    }

    private static FakeScreen fields() {
        return new FakeScreen("Application Settings", Map.of(
                "Encrypted Key", "47d9d59aa25f7e4fc00f73331071edb4",
                "client_id", "4yrq2hzm8tb7ds9xwe3vkc5n",
                "client_secret", "t5nQ8wZr2K",
                "Register Callback URL", "https://example.com/oauth/callback"));
    }

    private ProcedureResult replay(List<Step> steps) {
        return replay(fields(), steps);
    }

    private ProcedureResult replay(FakeScreen screen, List<Step> steps) {
        Procedure procedure = new Procedure("To test", new SourceRef("guide.md", 10), "guide.md", "Section",
                steps, "");
        StepInputs inputs = new StepInputs(Sites.live(), Map.of(), "a-secret-passphrase",
                "https://example.com/oauth/callback", true, java.util.Optional.empty());
        StepContext context = new StepContext(null, inputs, new SecretScrubber(), null, new ReplayListener() {
        });
        context.land(screen);
        return new ProcedureReplay(phrases, new ReplayListener() {
        }).replay(procedure, context);
    }

    private static Step step(int number, String text, List<String> bold) {
        // Rendered text has no Markdown markers; the bold labels come separately, as the reader gives them.
        return new Step(number, number, text.replace("**", ""), bold, List.of(), List.of(), new SourceRef("guide.md", 10 + number),
                "guide.md");
    }
}
