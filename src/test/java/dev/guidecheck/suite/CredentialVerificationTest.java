package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.Settings;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.steps.ReplayListeners;
import org.testng.annotations.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "The recorded credentials work": on the faithful replica every credential the pages had the reader record is
 * accepted by the provider's endpoints; each credential drift fails with {@code credential-invalid} at the step
 * that recorded the value, with the provider's answer. Read from what each profile's run wrote
 * ({@link ProfileRuns}: report.json and summary.md), as a reader of the reports would.
 */
public class CredentialVerificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INCLUDE = "_includes/Elements/infusionsoft/setup.md";
    private static final String REST = ProfileRuns.REST;

    @Test
    public void onTheFaithfulReplicaEveryRecordedCredentialOfEveryPageWorks() throws IOException {
        JsonNode report = report("faithful");
        assertThat(report.at("/pages")).hasSize(3);
        for (JsonNode page : report.at("/pages")) {
            List<String> verdicts = verdicts(page);
            int promised = page.at("/credentials").size();
            assertThat(verdicts).as(page.at("/page").asText()).hasSize(promised)
                    .allSatisfy(v -> assertThat(v).endsWith(": works"));
        }
        JsonNode crm = report.at("/pages/0/verification");
        assertThat(crm.findValuesAsText("name")).containsExactly("Encrypted Key", "client_id", "client_secret", "Callback URL");
        assertThat(crm.findValuesAsText("check")).containsExactly("XML-RPC DataService.echo", "the token endpoint",
                "the token endpoint", "the token endpoint");
        assertThat(crm.get(2).get("answer").asText()).isEqualTo("200: an access token and a refresh token");
        assertThat(crm.get(2).get("masked").asText()).isEqualTo("…").as("a client_secret shows none of itself");
        assertThat(Files.readString(ProfileRuns.of("faithful").out().resolve("summary.md")))
                .contains("The recorded credentials work: Encrypted Key `");
    }

    @Test
    public void aStaleClientSecretIsCredentialInvalidAtTheStepThatRecordedIt() throws IOException {
        JsonNode page = report("stale-secret").at("/pages/0");
        assertThat(page.at("/page").asText()).isEqualTo(REST);
        assertThat(verdicts(page)).containsExactly("client_id: works", "client_secret: refused", "Callback URL: works");
        assertThat(findings(page)).containsExactly("credential-invalid " + REST + ":38 the client_secret recorded at "
                + REST + ":38 by step 2 \"Record the client_id and client_secret.\" does not work: the token endpoint"
                + " answered 401 invalid_client (Invalid client credentials)");
        assertThat(page.at("/status").asText()).isEqualTo("failed");
        assertThat(report("stale-secret").at("/run/exitCode").asInt()).isEqualTo(1);
        assertThat(Files.readString(ProfileRuns.of("stale-secret").out().resolve("summary.md")))
                .contains("- **credential-invalid** `" + REST + ":38` the client_secret recorded at")
                .contains("client_secret `…` **refused** (the token endpoint: 401 invalid_client (Invalid client credentials))");
    }

    @Test
    public void aStaleEncryptedKeyIsCredentialInvalidWithTheApisFault() throws IOException {
        JsonNode page = report("stale-encrypted-key").at("/pages/0");
        assertThat(verdicts(page)).as("only the procedure that records the key was replayed").containsExactly(
                "Encrypted Key: refused", "client_id: not-checked", "client_secret: not-checked", "Callback URL: not-checked");
        assertThat(findings(page)).containsExactly("credential-invalid " + INCLUDE + ":24 the Encrypted Key recorded at "
                + INCLUDE + ":24 by step 4 \"Scroll down to the API section and record the Encrypted Key.\" does not work:"
                + " XML-RPC DataService.echo answered the fault \"[InvalidKey]Invalid Key\"");
    }

    @Test
    public void anUnregisteredCallbackUrlIsRefusedByTheAuthorizationPageBeforeAnyCodeIsIssued() throws IOException {
        JsonNode page = report("unregistered-callback").at("/pages/0");
        assertThat(verdicts(page)).containsExactly("client_id: works", "client_secret: not-checked", "Callback URL: refused");
        assertThat(findings(page)).containsExactly("credential-invalid " + REST + ":41 the Callback URL recorded at "
                + REST + ":41 by step 4 \"Scroll down to Register Callback URL and record the Callback URL for your app.\""
                + " does not work: the authorization page answered the error page \"This application cannot be"
                + " authorized: invalid_request: the redirect_uri is not the callback URL registered for this client_id\"");
        assertThat(ProfileRuns.of("unregistered-callback").grants()).as("no code was issued").isZero();
    }

    @Test
    public void pagesThatRecordTheSameValuesShareOneAuthorizationFlow() throws IOException {
        Replica replica = Replica.shared();
        Path out = Files.createTempDirectory("guidecheck-out");
        Settings settings = DocsTrees.settings(DocsTrees.copyOfReference(), out, ProfileRuns.CRM, ProfileRuns.MARKETING);
        try (GuideRun run = new GuideRun(settings, new PrintStream(OutputStream.nullOutputStream()), TestBrowsers.shared())) {
            List<Integer> codesIssued = new ArrayList<>();
            List<List<String>> verdicts = new ArrayList<>();
            for (GuideRun.PageRun page : run.pages()) {
                Procedure locate = page.guide().orElseThrow().procedures().stream()
                        .filter(p -> p.title().equals("To find your OAuth 2.0 credentials")).findFirst().orElseThrow();
                run.replay(page, locate, ReplayListeners.of());
                verdicts.add(run.verifyCredentials(page).stream()
                        .map(v -> v.row().name() + ": " + v.status().id() + " (" + v.check() + ": " + v.answer() + ")").toList());
                // Each verification starts from the seeded replica, so this counts the codes its own flow was given.
                codesIssued.add(replica.state().grants());
            }
            assertThat(verdicts.get(0)).contains(
                    "client_id: works (the token endpoint: 200: an access token and a refresh token)",
                    "client_secret: works (the token endpoint: 200: an access token and a refresh token)",
                    "Callback URL: works (the token endpoint: 200: an access token and a refresh token)");
            assertThat(verdicts.get(1)).as("the same answers for the same values").isEqualTo(verdicts.get(0));
            assertThat(codesIssued).as("codes issued by the first page's flow, then by the second's").containsExactly(1, 0);
        }
    }

    private static JsonNode report(String profile) throws IOException {
        return JSON.readTree(ProfileRuns.of(profile).out().resolve("report.json").toFile());
    }

    private static List<String> verdicts(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.at("/verification").forEach(v -> out.add(v.get("name").asText() + ": " + v.get("status").asText()));
        return out;
    }

    private static List<String> findings(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.at("/findings").forEach(f -> {
            if (f.get("id").asText().equals("credential-invalid")) {
                out.add(f.get("id").asText() + " " + f.get("file").asText() + ":"
                        + f.get("line").asText() + " " + f.get("message").asText());
            }
        });
        return out;
    }
}
