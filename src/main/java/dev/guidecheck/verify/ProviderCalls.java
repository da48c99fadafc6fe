package dev.guidecheck.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The two calls made over HTTP, as the reader's application would make them: the OAuth 2.0 code exchange
 * and one legacy XML-RPC call. Short timeouts: a provider that does not answer breaks the check within
 * seconds instead of holding the run.
 */
final class ProviderCalls {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FAULT_STRING = Pattern.compile(
            "<name>\\s*faultString\\s*</name>\\s*<value>\\s*(?:<string>)?(.*?)(?:</string>)?\\s*</value>", Pattern.DOTALL);
    private static final Pattern FAULT_CODE = Pattern.compile(
            "<name>\\s*faultCode\\s*</name>\\s*<value>\\s*<(?:i4|int)>\\s*(-?\\d+)", Pattern.DOTALL);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * The token endpoint's answer to a code exchange.
     *
     * @param error the OAuth error ({@code invalid_client}, {@code invalid_grant}...) when refused, else empty
     */
    record TokenAnswer(int status, Optional<String> error, String description, boolean accessTokenIssued) {
        String words() {
            return error.map(e -> status + " " + e + (description.isEmpty() ? "" : " (" + description + ")"))
                    .orElse(accessTokenIssued ? status + ": an access token and a refresh token"
                            : status + " with no access token");
        }
    }

    /** An XML-RPC answer: a value (works) or a fault. */
    record XmlRpcAnswer(int status, Optional<String> fault, Optional<Integer> faultCode) {
    }

    /** The code exchange; throws IOException when the endpoint does not answer in time. */
    TokenAnswer exchange(URI token, String code, String redirectUri, String clientId, String clientSecret)
            throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(token).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IOException("the token endpoint answered " + response.statusCode() + " with no JSON");
        }
        if (json == null) {
            throw new IOException("the token endpoint answered " + response.statusCode() + " with an empty body");
        }
        Optional<String> error = Optional.ofNullable(json.get("error")).map(JsonNode::asText);
        String description = Optional.ofNullable(json.get("error_description")).map(JsonNode::asText).orElse("");
        boolean issued = error.isEmpty() && json.hasNonNull("access_token") && !json.get("access_token").asText().isEmpty();
        return new TokenAnswer(response.statusCode(), error, description, issued);
    }

    /** {@code DataService.echo(key, "guidecheck")}; throws IOException when the endpoint does not answer in time. */
    XmlRpcAnswer echo(URI xmlrpc, String key) throws IOException {
        String body = "<?xml version=\"1.0\"?><methodCall><methodName>DataService.echo</methodName><params>"
                + "<param><value><string>" + escape(key) + "</string></value></param>"
                + "<param><value><string>guidecheck</string></value></param></params></methodCall>";
        HttpResponse<String> response = send(HttpRequest.newBuilder(xmlrpc).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String text = response.body();
        if (!text.contains("<methodResponse")) {
            throw new IOException("the XML-RPC endpoint answered " + response.statusCode() + " with no method response");
        }
        Matcher fault = FAULT_STRING.matcher(text);
        if (text.contains("<fault>") && fault.find()) {
            Matcher code = FAULT_CODE.matcher(text);
            return new XmlRpcAnswer(response.statusCode(), Optional.of(unescape(fault.group(1).trim())),
                    code.find() ? Optional.of(Integer.parseInt(code.group(1))) : Optional.empty());
        }
        return new XmlRpcAnswer(response.statusCode(), Optional.empty(), Optional.empty());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + request.uri());
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
