package dev.guidecheck.guide;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A screenshot a guide publishes: its alt text, its path exactly as written, where it was written, and the
 * page that shows it (an include may be shown by several pages, each resolving a relative path its own way).
 */
public record ImageRef(String alt, String path, SourceRef source, String page) {

    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*:|//).*");

    /** Whether the image is on another site (a CDN): the docs tree does not hold it and nothing checks it. */
    public boolean isAbsoluteUrl() {
        return ABSOLUTE_URL.matcher(path).matches();
    }

    /**
     * The image's path from the docs root (the site root), starting with "/", resolved the way a browser
     * resolves it against the page's published URL: "foo.png" on {@code docs/elements/x/setup.md}
     * (published as {@code /docs/elements/x/setup.html}) is {@code /docs/elements/x/foo.png}, "/a/b.png" is
     * itself, "../img/c.png" is {@code /docs/elements/img/c.png}. Query and fragment are dropped, escapes
     * decoded. Empty for an absolute URL. A path that climbs above the root keeps its leading "/..", so a
     * caller can refuse it.
     */
    public Optional<String> pathFromRoot() {
        if (isAbsoluteUrl()) {
            return Optional.empty();
        }
        String written = path.replaceFirst("[?#].*$", "");
        String base = "/" + GuidePage.urlOf(page == null ? "" : page);
        String resolved;
        try {
            resolved = new URI(null, null, base, null).resolve(new URI(null, null, written, null)).getPath();
        } catch (URISyntaxException e) {
            resolved = written.startsWith("/") ? written : base.substring(0, base.lastIndexOf('/') + 1) + written;
        }
        return Optional.of(URLDecoder.decode(resolved.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
}
