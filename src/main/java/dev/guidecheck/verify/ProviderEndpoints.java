package dev.guidecheck.verify;

import dev.guidecheck.Settings;

import java.net.URI;
import java.util.Optional;

/**
 * Where the provider accepts the credentials a guide has the reader record: the OAuth 2.0 authorization page
 * and token endpoint, and the legacy XML-RPC API that takes the Encrypted Key.
 *
 * <p>Infusionsoft serves them from three hosts: {@code accounts.infusionsoft.com/app/oauth/authorize},
 * {@code api.infusionsoft.com/token} and {@code <app>.infusionsoft.com/api/xmlrpc}. All three belong to the
 * account the app's sign-in opens (the authorization page signs in with the app's user, the XML-RPC host is
 * the app itself), so the replica serves them on its Infusionsoft site's server, at the same paths; the
 * developer portal only issues the keys. Live runs take each from a setting.
 *
 * @param xmlrpc empty when not known (live mode without {@code guidecheck.live.xmlrpc}): the Encrypted Key is
 *               then not checked
 */
public record ProviderEndpoints(URI authorize, URI token, Optional<URI> xmlrpc) {

    /** The paths the replica serves the endpoints at, on its Infusionsoft site. */
    public static final String AUTHORIZE_PATH = "/app/oauth/authorize";
    public static final String TOKEN_PATH = "/token";
    public static final String XMLRPC_PATH = "/api/xmlrpc";

    /** The endpoints of a replica whose Infusionsoft site is at this origin. */
    public static ProviderEndpoints onReplica(URI infusionsoftOrigin) {
        String origin = infusionsoftOrigin.toString().replaceAll("/+$", "");
        return new ProviderEndpoints(URI.create(origin + AUTHORIZE_PATH), URI.create(origin + TOKEN_PATH),
                Optional.of(URI.create(origin + XMLRPC_PATH)));
    }

    /** The configured live endpoints. */
    public static ProviderEndpoints live(Settings.LiveSites live) {
        return new ProviderEndpoints(live.oauthAuthorize(), live.oauthToken(), live.xmlrpc());
    }
}
