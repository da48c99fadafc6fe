package dev.guidecheck.replica;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider's OAuth 2.0 authorization-code flow as Infusionsoft documented it in 2017: the authorization
 * page ({@code accounts.infusionsoft.com/app/oauth/authorize}: sign in, then a consent page with Allow) that
 * sends the browser back to the registered callback URL with {@code code} and {@code state}, and the token
 * endpoint ({@code api.infusionsoft.com/token}) that exchanges a code for tokens given the client_secret.
 *
 * <p>An unknown client_id or a redirect_uri other than the registered one gets an error page and no
 * redirect, as RFC 6749 (4.1.2.1) requires and the real page did: a redirect would hand a code to whoever
 * asked. Token errors use the RFC's words ({@code invalid_client}, {@code invalid_grant}...).
 */
final class AuthorizationServer {

    static final String AUTHORIZE = "/app/oauth/authorize";
    static final String TOKEN = "/token";

    private final ReplicaState state;
    private final Templates templates;
    private final Sessions sessions;

    AuthorizationServer(ReplicaState state, Templates templates) {
        this.state = state;
        this.templates = templates;
        this.sessions = new Sessions(state);
    }

    /** The routes; the Infusionsoft site's sign-in guard on /app/* already sends a signed-out reader to Log In. */
    void addRoutes(Javalin app) {
        app.get(AUTHORIZE, this::consent);
        app.post(AUTHORIZE, this::decide);
        app.post(TOKEN, this::token);
    }

    private void consent(Context ctx) {
        Optional<DeveloperApplication> client = checkClient(ctx, ctx.queryParam("client_id"), ctx.queryParam("redirect_uri"));
        if (client.isEmpty()) {
            return;
        }
        String redirectUri = ctx.queryParam("redirect_uri");
        if (!"code".equals(ctx.queryParam("response_type"))) {
            ctx.redirect(withParams(redirectUri, Map.of("error", "unsupported_response_type",
                    "state", Optional.ofNullable(ctx.queryParam("state")).orElse(""))));
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Allow access");
        model.put("application", client.get().name());
        model.put("user", sessions.user(ctx).orElse(""));
        model.put("account", "CRM (" + ctx.host() + ")");
        model.put("clientId", client.get().clientId());
        model.put("redirectUri", redirectUri);
        model.put("scope", Optional.ofNullable(ctx.queryParam("scope")).orElse("full"));
        model.put("state", Optional.ofNullable(ctx.queryParam("state")).orElse(""));
        ctx.html(templates.render("oauth-consent", model));
    }

    private void decide(Context ctx) {
        Optional<DeveloperApplication> client = checkClient(ctx, ctx.formParam("client_id"), ctx.formParam("redirect_uri"));
        if (client.isEmpty()) {
            return;
        }
        String redirectUri = ctx.formParam("redirect_uri");
        Map<String, String> params = new LinkedHashMap<>();
        if ("allow".equals(ctx.formParam("decision"))) {
            params.put("code", state.issueCode(client.get().clientId(), redirectUri));
            params.put("scope", Optional.ofNullable(ctx.formParam("scope")).orElse("full") + "|" + ctx.host());
        } else {
            params.put("error", "access_denied");
        }
        params.put("state", Optional.ofNullable(ctx.formParam("state")).orElse(""));
        ctx.redirect(withParams(redirectUri, params), HttpStatus.FOUND);
    }

    /** The client the request names, or an error page (no redirect) for an unknown one or a foreign redirect_uri. */
    private Optional<DeveloperApplication> checkClient(Context ctx, String clientId, String redirectUri) {
        Optional<DeveloperApplication> client = Optional.ofNullable(clientId).flatMap(state::applicationByClientId);
        if (client.isEmpty()) {
            refuse(ctx, "invalid_client", "the client_id is not one of a registered application");
        } else if (redirectUri == null || !redirectUri.equals(state.registeredCallback(client.get()))) {
            refuse(ctx, "invalid_request", "the redirect_uri is not the callback URL registered for this client_id");
            return Optional.empty();
        }
        return client;
    }

    private void refuse(Context ctx, String error, String description) {
        ctx.status(HttpStatus.BAD_REQUEST).html(templates.render("oauth-error",
                Map.of("title", "This application cannot be authorized", "error", error, "description", description)));
    }

    private void token(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String grantType = ctx.formParam("grant_type");
        String code = ctx.formParam("code");
        String redirectUri = ctx.formParam("redirect_uri");
        String clientId = ctx.formParam("client_id");
        String clientSecret = ctx.formParam("client_secret");
        if (!"authorization_code".equals(grantType)) {
            tokenError(ctx, HttpStatus.BAD_REQUEST, grantType == null ? "invalid_request" : "unsupported_grant_type",
                    grantType == null ? "grant_type is required" : "this server exchanges authorization codes only");
            return;
        }
        if (code == null || redirectUri == null || clientId == null || clientSecret == null) {
            tokenError(ctx, HttpStatus.BAD_REQUEST, "invalid_request",
                    "code, redirect_uri, client_id and client_secret are required");
            return;
        }
        Optional<DeveloperApplication> client = state.applicationByClientId(clientId)
                .filter(app -> app.clientSecret().equals(clientSecret));
        if (client.isEmpty()) {
            tokenError(ctx, HttpStatus.UNAUTHORIZED, "invalid_client", "Invalid client credentials");
            return;
        }
        Optional<String> refused = state.redeemCode(code, clientId, redirectUri);
        if (refused.isPresent()) {
            tokenError(ctx, HttpStatus.BAD_REQUEST, "invalid_grant", refused.get());
            return;
        }
        List<String> tokens = state.issueTokens();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.get(0));
        body.put("token_type", "bearer");
        body.put("expires_in", ReplicaState.TOKEN_SECONDS);
        body.put("refresh_token", tokens.get(1));
        body.put("scope", "full|" + ctx.host());
        ctx.json(body);
    }

    private static void tokenError(Context ctx, HttpStatus status, String error, String description) {
        ctx.status(status).json(Map.of("error", error, "error_description", description));
    }

    private static String withParams(String uri, Map<String, String> params) {
        StringBuilder out = new StringBuilder(uri).append(uri.contains("?") ? '&' : '?');
        params.forEach((k, v) -> out.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
