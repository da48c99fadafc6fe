package dev.guidecheck.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provider's own endpoints on the replica, over plain HTTP: the authorization page and its consent, the
 * token endpoint, the legacy XML-RPC API, and the credential drifts that make a shown value one that does not
 * work. No browser: these are what a reader's application would talk to.
 */
public class ProviderEndpointsTest {

    private static final String CALLBACK = "https://example.com/oauth/callback";
    private static final ObjectMapper JSON = new ObjectMapper();
    private Replica replica;

    @BeforeClass
    public void start() {
        replica = new Replica().start();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        replica.stop();
    }

    @BeforeMethod
    public void reset() {
        replica.reset();
    }

    @Test
    public void theAuthorizationPageAsksToSignInThenForConsentAndSendsTheCodeToTheRegisteredCallback() throws Exception {
        DeveloperApplication app = replica.state().applications().get(0);
        Client reader = new Client();
        URI authorize = authorize(app.clientId(), CALLBACK, "s-1");
        HttpResponse<String> first = reader.get(authorize);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).startsWith("/login?destination=%2Fapp%2Foauth%2Fauthorize");

        signIn(reader);
        HttpResponse<String> consent = reader.get(authorize);
        assertThat(consent.statusCode()).isEqualTo(200);
        assertThat(consent.body()).contains("Awesome Docs app</span> would like to access your Infusionsoft account", ">Allow<");

        HttpResponse<String> allowed = reader.post(replica.whereIs(Site.INFUSIONSOFT, "/app/oauth/authorize"), Map.of(
                "client_id", app.clientId(), "redirect_uri", CALLBACK, "response_type", "code", "scope", "full",
                "state", "s-1", "decision", "allow"));
        assertThat(allowed.statusCode()).isEqualTo(302);
        String location = allowed.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK + "?code=").endsWith("&state=s-1");
        assertThat(replica.state().grants()).isEqualTo(1);
        String code = query(URI.create(location)).get("code");

        HttpResponse<String> tokens = exchange(code, CALLBACK, app.clientId(), app.clientSecret());
        assertThat(tokens.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(tokens.body());
        assertThat(json.get("token_type").asText()).isEqualTo("bearer");
        assertThat(json.get("expires_in").asLong()).isEqualTo(86_400);
        assertThat(json.get("access_token").asText()).hasSize(24);
        assertThat(json.get("refresh_token").asText()).hasSize(24);
        assertThat(replica.secretValues()).containsKeys(code, json.get("access_token").asText());

        HttpResponse<String> again = exchange(code, CALLBACK, app.clientId(), app.clientSecret());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(again.body()).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(JSON.readTree(again.body()).get("error_description").asText()).isEqualTo("the authorization code was already used");
    }

    @Test
    public void anUnknownClientIdOrAForeignRedirectUriGetsAnErrorPageAndNoRedirect() throws Exception {
        DeveloperApplication app = replica.state().applications().get(0);
        Client reader = new Client();
        signIn(reader);
        HttpResponse<String> unknown = reader.get(authorize("not-a-client", CALLBACK, "s"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Location")).isEmpty();
        assertThat(unknown.body()).contains("invalid_client</code>: the client_id is not one of a registered application");
        HttpResponse<String> foreign = reader.get(authorize(app.clientId(), "https://attacker.example/cb", "s"));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.headers().firstValue("Location")).isEmpty();
        assertThat(foreign.body()).contains("the redirect_uri is not the callback URL registered for this client_id");
        HttpResponse<String> post = reader.post(replica.whereIs(Site.INFUSIONSOFT, "/app/oauth/authorize"), Map.of(
                "client_id", app.clientId(), "redirect_uri", "https://attacker.example/cb", "decision", "allow", "state", "s"));
        assertThat(post.statusCode()).isEqualTo(400);
        assertThat(replica.state().grants()).isZero();
    }

    @Test
    public void theTokenEndpointRefusesAWrongSecretAnUnknownCodeAndAnExpiredOneInOAuthWords() throws Exception {
        DeveloperApplication app = replica.state().applications().get(0);
        String code = replica.state().issueCode(app.clientId(), CALLBACK);
        HttpResponse<String> wrongSecret = exchange(code, CALLBACK, app.clientId(), "not-the-secret");
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(wrongSecret.body()).contains("\"error\":\"invalid_client\"");
        assertThat(exchange("no-such-code", CALLBACK, app.clientId(), app.clientSecret()).body())
                .contains("\"error\":\"invalid_grant\"");
        assertThat(exchange(code, "https://example.com/other", app.clientId(), app.clientSecret()).body())
                .contains("\"error\":\"invalid_grant\"", "the redirect_uri is not the one");

        AtomicLong now = new AtomicLong(0);
        replica.state().nanoTime(now::get);
        try {
            String expiring = replica.state().issueCode(app.clientId(), CALLBACK);
            now.addAndGet(ReplicaState.CODE_LIFETIME.toNanos() + 1);
            assertThat(exchange(expiring, CALLBACK, app.clientId(), app.clientSecret()).body())
                    .contains("\"error\":\"invalid_grant\"", "has expired");
        } finally {
            replica.state().nanoTime(System::nanoTime);
        }
        HttpResponse<String> noGrant = new Client().post(replica.whereIs(Site.INFUSIONSOFT, "/token"), Map.of("code", code));
        assertThat(noGrant.statusCode()).isEqualTo(400);
        assertThat(noGrant.body()).contains("\"error\":\"invalid_request\"");
    }

    @Test
    public void theXmlRpcApiEchoesForTheEncryptedKeyAndFaultsInvalidKeyForAnyOther() throws Exception {
        HttpResponse<String> works = echo(replica.state().encryptedKey());
        assertThat(works.body()).contains("<methodResponse><params><param><value>hello</value>").doesNotContain("fault");
        HttpResponse<String> refused = echo("0123456789abcdef0123456789abcdef");
        assertThat(refused.body()).contains("<name>faultString</name><value>[InvalidKey]Invalid Key</value>");
    }

    @Test
    public void theCredentialDriftsShowValuesTheEndpointsRefuseAndTheFaithfulReplicaShowsTheOnesTheyTake() {
        ReplicaState faithful = new ReplicaState(CredentialDrift.NONE);
        DeveloperApplication app = faithful.applications().get(0);
        assertThat(faithful.shownEncryptedKey()).isEqualTo(faithful.encryptedKey());
        assertThat(faithful.shownClientSecret(app, true)).isEqualTo(app.clientSecret());
        assertThat(faithful.registeredCallback(app)).isEqualTo(app.callbackUrl()).isEqualTo(CALLBACK);

        ReplicaState staleKey = new ReplicaState(CredentialDrift.STALE_ENCRYPTED_KEY);
        assertThat(staleKey.shownEncryptedKey()).isEqualTo(faithful.encryptedKey()).isNotEqualTo(staleKey.encryptedKey());
        assertThat(staleKey.secretValues()).containsKeys(staleKey.shownEncryptedKey(), staleKey.encryptedKey());
        staleKey.saveApiSettings("a new passphrase", "");
        assertThat(staleKey.shownEncryptedKey()).as("still the key from before the last change")
                .isNotEqualTo(staleKey.encryptedKey());

        ReplicaState staleSecret = new ReplicaState(CredentialDrift.STALE_SECRET);
        DeveloperApplication rotated = staleSecret.applications().get(0);
        assertThat(staleSecret.shownClientSecret(rotated, true)).isEqualTo(app.clientSecret()).isNotEqualTo(rotated.clientSecret());
        assertThat(staleSecret.shownClientSecret(rotated, false)).isEqualTo(rotated.clientSecret());
        assertThat(staleSecret.secretValues()).containsKeys(app.clientSecret(), rotated.clientSecret());

        ReplicaState unregistered = new ReplicaState(CredentialDrift.UNREGISTERED_CALLBACK);
        DeveloperApplication shown = unregistered.applications().get(0);
        assertThat(shown.callbackUrl()).isEqualTo(CALLBACK);
        assertThat(unregistered.registeredCallback(shown)).isNotEqualTo(CALLBACK);
    }

    private void signIn(Client reader) throws Exception {
        HttpResponse<String> login = reader.post(replica.whereIs(Site.INFUSIONSOFT, "/login"), Map.of(
                "email", replica.account(Site.INFUSIONSOFT).username(),
                "password", replica.account(Site.INFUSIONSOFT).password()));
        assertThat(login.statusCode()).isEqualTo(302);
    }

    private URI authorize(String clientId, String redirectUri, String state) {
        return replica.whereIs(Site.INFUSIONSOFT, "/app/oauth/authorize?client_id=" + enc(clientId) + "&redirect_uri="
                + enc(redirectUri) + "&response_type=code&scope=full&state=" + enc(state));
    }

    private HttpResponse<String> exchange(String code, String redirectUri, String clientId, String secret) throws Exception {
        return new Client().post(replica.whereIs(Site.INFUSIONSOFT, "/token"), Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", redirectUri, "client_id", clientId, "client_secret", secret));
    }

    private HttpResponse<String> echo(String key) throws Exception {
        String call = "<?xml version=\"1.0\"?><methodCall><methodName>DataService.echo</methodName><params>"
                + "<param><value><string>" + key + "</string></value></param>"
                + "<param><value><string>hello</string></value></param></params></methodCall>";
        return new Client().client.send(HttpRequest.newBuilder(replica.whereIs(Site.INFUSIONSOFT, "/api/xmlrpc"))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(call)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static final class Client {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(URI uri, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
