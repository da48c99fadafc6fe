package dev.guidecheck;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the sites a guide links to really are: maps each origin written in the guide onto the origin
 * under test, so the guide's links are followed as written on the replica and on the live sites alike.
 */
public final class Sites {

    /** The Infusionsoft public site and app, as the guide writes it. */
    public static final URI INFUSIONSOFT = URI.create("https://www.infusionsoft.com");
    /** The Infusionsoft developer key portal, as the guide writes it. */
    public static final URI DEVELOPER_PORTAL = URI.create("https://keys.developer.infusionsoft.com");

    /**
     * Where the provider's OAuth 2.0 authorization page lives ({@code /app/oauth/authorize}): the accounts
     * site, which shares the app's sign-in. Guides do not link to it; the next page of the docs uses it.
     */
    public static final URI ACCOUNTS = URI.create("https://accounts.infusionsoft.com");
    /** The provider's API host: the OAuth token endpoint ({@code /token}) and the REST and XML-RPC APIs. */
    public static final URI API = URI.create("https://api.infusionsoft.com");

    private final Map<String, URI> targetByGuideOrigin;

    /** Whether a link in a guide leads to a site guidecheck has page objects for (absolute http(s) links only). */
    public static boolean hasPageObjectsFor(String guideUrl) {
        return originOfLink(guideUrl).filter(o -> o.equals(origin(INFUSIONSOFT)) || o.equals(origin(DEVELOPER_PORTAL)))
                .isPresent();
    }

    /**
     * The origin ("https://app.hubspot.com") of an absolute http(s) link as a guide writes it; empty for an
     * in-page anchor, a relative link or text that is no URL.
     */
    public static Optional<String> originOfLink(String guideUrl) {
        try {
            URI uri = new URI(guideUrl.trim());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
                return Optional.empty();
            }
            return Optional.of(origin(uri));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private Sites(Map<String, URI> targetByGuideOrigin) {
        this.targetByGuideOrigin = Map.copyOf(targetByGuideOrigin);
    }

    /** The guide's origins, each mapped to the given target origin. */
    public static Sites of(URI infusionsoft, URI developerPortal) {
        Map<String, URI> map = new LinkedHashMap<>();
        map.put(origin(INFUSIONSOFT), stripPath(infusionsoft));
        map.put(origin(DEVELOPER_PORTAL), stripPath(developerPortal));
        return new Sites(map);
    }

    /** The live sites: every origin maps to itself. */
    public static Sites live() {
        return of(INFUSIONSOFT, DEVELOPER_PORTAL);
    }

    public URI infusionsoft() {
        return targetByGuideOrigin.get(origin(INFUSIONSOFT));
    }

    public URI developerPortal() {
        return targetByGuideOrigin.get(origin(DEVELOPER_PORTAL));
    }

    /** The guide origin (as written in the guide) that a link belongs to, if it is one of ours. */
    public Optional<URI> guideOriginOf(String guideUrl) {
        URI uri = URI.create(guideUrl);
        return targetByGuideOrigin.containsKey(origin(uri)) ? Optional.of(stripPath(uri)) : Optional.empty();
    }

    /**
     * The URL to open for a link written in the guide: same path and query, target origin.
     * A link to a site we do not know is refused rather than followed onto the internet.
     */
    public URI map(String guideUrl) {
        URI uri = URI.create(guideUrl);
        URI target = targetByGuideOrigin.get(origin(uri));
        if (target == null) {
            throw new IllegalArgumentException("the guide links to " + origin(uri)
                    + ", which is not one of the configured sites " + targetByGuideOrigin.keySet());
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return URI.create(origin(target) + path + query);
    }

    /** Whether a browser URL is on the given target site (same scheme, host and port). */
    public boolean isOn(URI target, String browserUrl) {
        return origin(URI.create(browserUrl)).equals(origin(target));
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase();
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + uri.getHost().toLowerCase() + (defaultPort ? "" : ":" + port);
    }

    private static URI stripPath(URI uri) {
        return URI.create(origin(uri));
    }

    @Override
    public String toString() {
        return targetByGuideOrigin.toString();
    }
}
