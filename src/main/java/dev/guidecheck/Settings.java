package dev.guidecheck;

import dev.guidecheck.evidence.ScreenshotMode;
import dev.guidecheck.replica.ReplicaProfiles;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Every setting of a guide check, read in this one place from system properties (and, for secrets,
 * from environment variables or a secrets file only, since reports may print system properties).
 * A bad value fails at once with one line that names the setting.
 */
public record Settings(
        Mode mode,
        Path docsRoot,
        List<String> pages,
        Target target,
        Path out,
        boolean headless,
        boolean freshBrowser,
        BrowserProcesses browserProcesses,
        int threads,
        Optional<Path> browserBinary,
        Optional<Path> driver,
        Optional<URI> grid,
        String replicaProfile,
        URI docsSite,
        String credentialsSection,
        String callbackUrl,
        Optional<Path> baseline,
        Optional<LiveSites> live,
        ScreenshotMode screenshots,
        double screenshotThreshold,
        double screenshotFailAbove,
        Optional<URI> docsRepo,
        boolean verbose,
        FixMode fix) {

    /**
     * What the run does with the fixes of its findings: nothing, write {@code fixes.patch}, or also write
     * them into the docs tree after the check.
     */
    public enum FixMode { OFF, PATCH, APPLY }

    /** What a run does: replay the guide in a browser (after linting it), or only lint it. */
    public enum Mode { CHECK, LINT }

    /**
     * How a headless Chromium runs: as one process (cheaper to start and to run on a small machine), or as
     * Chromium's usual many (for a build that will not run as one).
     */
    public enum BrowserProcesses { ONE, MANY }

    /** What the check runs against. */
    public enum Target { REPLICA, LIVE }

    /**
     * The live sites, their accounts and the secrets read from the environment.
     *
     * @param verifyCredentials whether the recorded credentials are tried on the provider's endpoints (an OAuth
     *                          grant is created on the account); never implied by allowWrites
     * @param oauthAuthorize    the provider's OAuth 2.0 authorization page
     * @param oauthToken        the provider's OAuth 2.0 token endpoint
     * @param xmlrpc            the account's legacy XML-RPC endpoint ({@code https://<app>.infusionsoft.com/api/xmlrpc}),
     *                          which the Encrypted Key opens; none unless configured, since it names the account
     */
    public record LiveSites(URI infusionsoft, URI developerPortal, Account infusionsoftAccount,
                            Account developerAccount, Optional<String> apiPassphrase, boolean allowWrites,
                            Optional<Path> session, boolean verifyCredentials, URI oauthAuthorize, URI oauthToken,
                            Optional<URI> xmlrpc) {
        @Override
        public String toString() {
            return "LiveSites[" + infusionsoft + ", " + developerPortal + "]";
        }
    }

    public static final List<String> DEFAULT_PAGES = List.of(
            "docs/elements/infusionsoft-crm/setup.md",
            "docs/elements/infusionsoft-marketing/setup.md",
            "docs/elements/infusionsoft-rest/setup.md");

    /** The baseline of known findings, when it sits in the docs root. */
    public static final String BASELINE_FILE_NAME = "guidecheck-baseline.txt";

    /** The copy of the reference docs tree that ships with the project's tests. */
    public static final String DEFAULT_DOCS = "src/test/resources/devportal";

    /** Settings from this JVM's system properties and environment. */
    public static Settings fromSystem() {
        return from(System.getProperties(), System.getenv());
    }

    /** Settings from the given properties and environment (tests pass their own). */
    public static Settings from(Properties props, Map<String, String> env) {
        Function<String, Optional<String>> prop = name -> Optional.ofNullable(props.getProperty(name))
                .map(String::trim).filter(v -> !v.isEmpty());

        Mode mode = oneOf("guidecheck.mode", prop.apply("guidecheck.mode").orElse("check"), Mode.class);
        Path docs = Path.of(prop.apply("guidecheck.docs").orElse(DEFAULT_DOCS)).toAbsolutePath().normalize();
        if (!Files.isDirectory(docs)) {
            throw new SettingsException("guidecheck.docs: " + docs + " is not a directory");
        }
        List<String> pages = prop.apply("guidecheck.pages").map(v -> pages(docs, v)).orElse(DEFAULT_PAGES);
        if (pages.isEmpty()) {
            throw new SettingsException("guidecheck.pages: names no page");
        }
        Target target = oneOf("guidecheck.target", prop.apply("guidecheck.target").orElse("replica"), Target.class);
        Path out = Path.of(prop.apply("guidecheck.out").orElse("target/guidecheck")).toAbsolutePath().normalize();
        if (Files.exists(out) && !(Files.isDirectory(out) && Files.isWritable(out))) {
            throw new SettingsException("guidecheck.out: " + out + " is not a writable directory");
        }
        boolean headless = bool("guidecheck.headless", prop.apply("guidecheck.headless").orElse("true"));
        int threads = threads(prop.apply("guidecheck.threads").orElse("1"));
        boolean fresh = bool("guidecheck.browser.fresh", prop.apply("guidecheck.browser.fresh").orElse("false"));
        BrowserProcesses processes = oneOf("guidecheck.browser.processes",
                prop.apply("guidecheck.browser.processes").orElse("one"), BrowserProcesses.class);
        Optional<Path> binary = executable("guidecheck.browser.binary", prop.apply("guidecheck.browser.binary"));
        Optional<Path> driver = executable("guidecheck.driver", prop.apply("guidecheck.driver"));
        Optional<URI> grid = prop.apply("guidecheck.grid").map(v -> url("guidecheck.grid", v));
        String profile = prop.apply("guidecheck.replica.profile").orElse(ReplicaProfiles.FAITHFUL);
        if (!ReplicaProfiles.names().contains(profile)) {
            throw new SettingsException("guidecheck.replica.profile: \"" + profile + "\" is not one of "
                    + ReplicaProfiles.names());
        }
        URI docsSite = url("guidecheck.docs.site", prop.apply("guidecheck.docs.site")
                .orElse("https://developers.cloud-elements.com/"));
        String section = prop.apply("guidecheck.credentials.section").orElse("Locate Credentials for Authentication");
        String callbackUrl = url("guidecheck.callbackUrl", prop.apply("guidecheck.callbackUrl")
                .orElse("https://example.com/oauth/callback")).toString();

        Optional<Path> baseline = prop.apply("guidecheck.baseline").map(Path::of);
        if (baseline.isPresent() && !Files.isRegularFile(baseline.get())) {
            throw new SettingsException("guidecheck.baseline: " + baseline.get() + " is not a file");
        }
        Path inDocs = docs.resolve(BASELINE_FILE_NAME);
        if (baseline.isEmpty() && Files.isRegularFile(inDocs)) {
            baseline = Optional.of(inDocs);
        }
        ScreenshotMode screenshots = oneOf("guidecheck.screenshots", prop.apply("guidecheck.screenshots")
                .orElse("check"), ScreenshotMode.class);
        double threshold = fraction("guidecheck.screenshots.threshold",
                prop.apply("guidecheck.screenshots.threshold").orElse("0.001"));
        double failAbove = fraction("guidecheck.screenshots.failAbove",
                prop.apply("guidecheck.screenshots.failAbove").orElse("1.0"));

        // Where the docs tree is kept, for links from a report to the line to edit (a GitHub-style
        // repository URL: <repo>/blob/<commit>/<path>#L<line>).
        Optional<URI> docsRepo = prop.apply("guidecheck.docs.repo").map(v -> url("guidecheck.docs.repo", v));
        boolean verbose = bool("guidecheck.verbose", prop.apply("guidecheck.verbose").orElse("false"));
        FixMode fix = oneOf("guidecheck.fix", prop.apply("guidecheck.fix").orElse("patch"), FixMode.class);

        Optional<LiveSites> live = Optional.empty();
        if (target == Target.LIVE && mode == Mode.CHECK) {
            live = Optional.of(liveSites(prop, secrets(prop, env)));
        }
        return new Settings(mode, docs, pages, target, out, headless, fresh, processes, threads, binary, driver, grid, profile, docsSite, section,
                callbackUrl, baseline, live, screenshots, threshold, failAbove, docsRepo, verbose, fix);
    }

    private static LiveSites liveSites(Function<String, Optional<String>> prop, Function<String, Optional<String>> secret) {
        URI app = url("guidecheck.live.infusionsoft", prop.apply("guidecheck.live.infusionsoft")
                .orElse(Sites.INFUSIONSOFT.toString()));
        URI portal = url("guidecheck.live.portal", prop.apply("guidecheck.live.portal")
                .orElse(Sites.DEVELOPER_PORTAL.toString()));
        Optional<Path> session = prop.apply("guidecheck.live.session").map(Path::of);
        if (session.isPresent() && !Files.isRegularFile(session.get())) {
            throw new SettingsException("guidecheck.live.session: " + session.get() + " does not exist; write it"
                    + " with mvn -q compile exec:java@save-session -Dguidecheck.live.session=" + session.get());
        }
        // With a saved session the sites are not signed in to, so passwords are only needed without one.
        Account appAccount = new Account(
                required(prop, "guidecheck.live.infusionsoft.user"),
                password(secret, "GUIDECHECK_INFUSIONSOFT_PASSWORD", "the Infusionsoft password", session.isEmpty()));
        Account devAccount = new Account(
                required(prop, "guidecheck.live.portal.user"),
                password(secret, "GUIDECHECK_PORTAL_PASSWORD", "the developer portal password", session.isEmpty()));
        boolean allowWrites = bool("guidecheck.live.allowWrites", prop.apply("guidecheck.live.allowWrites").orElse("false"));
        boolean verifyCredentials = bool("guidecheck.live.verifyCredentials",
                prop.apply("guidecheck.live.verifyCredentials").orElse("false"));
        URI authorize = url("guidecheck.live.oauth.authorize", prop.apply("guidecheck.live.oauth.authorize")
                .orElse(Sites.ACCOUNTS + "/app/oauth/authorize"));
        URI token = url("guidecheck.live.oauth.token", prop.apply("guidecheck.live.oauth.token")
                .orElse(Sites.API + "/token"));
        Optional<URI> xmlrpc = prop.apply("guidecheck.live.xmlrpc").map(v -> url("guidecheck.live.xmlrpc", v));
        return new LiveSites(app, portal, appAccount, devAccount, secret.apply("GUIDECHECK_API_PASSPHRASE"),
                allowWrites, session, verifyCredentials, authorize, token, xmlrpc);
    }

    /** Secrets come from the environment, or from a properties file named by a setting; never from -D. */
    private static Function<String, Optional<String>> secrets(Function<String, Optional<String>> prop,
                                                             Map<String, String> env) {
        Properties file = new Properties();
        Optional<String> fileName = prop.apply("guidecheck.secrets.file");
        if (fileName.isPresent()) {
            Path path = Path.of(fileName.get());
            try (Reader reader = Files.newBufferedReader(path)) {
                file.load(reader);
            } catch (IOException e) {
                throw new SettingsException("guidecheck.secrets.file: cannot read " + path + " (" + e.getMessage() + ")");
            }
        }
        return name -> Optional.ofNullable(env.get(name)).or(() -> Optional.ofNullable(file.getProperty(name)))
                .filter(v -> !v.isBlank());
    }

    private static String password(Function<String, Optional<String>> secret, String variable, String what,
                                   boolean needed) {
        Optional<String> value = secret.apply(variable);
        if (value.isEmpty() && needed) {
            throw new SettingsException(variable + ": live mode needs " + what + " in this environment variable,"
                    + " in the file named by guidecheck.secrets.file, or a saved session (guidecheck.live.session)");
        }
        return value.orElse(null);
    }

    private static int threads(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= 16) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new SettingsException("guidecheck.threads: \"" + value + "\" is not a whole number from 1 to 16");
    }

    private static Optional<Path> executable(String name, Optional<String> value) {
        Optional<Path> path = value.map(Path::of);
        if (path.isPresent() && !Files.isExecutable(path.get())) {
            throw new SettingsException(name + ": " + path.get() + " is not an executable file");
        }
        return path;
    }

    private static String required(Function<String, Optional<String>> prop, String name) {
        return prop.apply(name).orElseThrow(() -> new SettingsException(name + ": live mode needs this setting"));
    }

    private static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(name + ": \"" + value + "\" is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    /** A share of an image's pixels: a number from 0 to 1. */
    private static double fraction(String name, String value) {
        double parsed;
        try {
            parsed = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new SettingsException(name + ": \"" + value + "\" is not a number (a share of pixels from 0 to 1)");
        }
        if (!(parsed >= 0 && parsed <= 1)) {
            throw new SettingsException(name + ": " + value + " is not between 0 and 1 (a share of pixels)");
        }
        return parsed;
    }

    private static boolean bool(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new SettingsException(name + ": \"" + value + "\" is not true or false");
        };
    }

    private static URI url(String name, String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new SettingsException(name + ": \"" + value + "\" is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new SettingsException(name + ": \"" + value + "\" is not a URL (" + e.getReason() + ")");
        }
    }

    /** A setting with a bad value; the message is one line that names the setting. */
    /**
     * {@code guidecheck.pages}: comma-separated page paths and globs relative to the docs root
     * ({@code docs/elements/*&#47;setup.md}, {@code docs/**&#47;*.md}, where {@code **} also matches no folder).
     * A glob's matches come in sorted order, so a run lists pages the same way every time, and leave out
     * folders Jekyll does not publish (names starting with "_" or "."). A glob that matches nothing, or a
     * path outside the docs root, is refused.
     */
    static List<String> pages(Path docs, String value) {
        java.util.Set<String> pages = new java.util.LinkedHashSet<>();
        for (String entry : value.split(",")) {
            String written = entry.trim().replace('\\', '/');
            if (written.isEmpty()) {
                continue;
            }
            if (!docs.resolve(written).normalize().startsWith(docs)) {
                throw new SettingsException("guidecheck.pages: " + written + " is outside the docs root " + docs);
            }
            if (written.chars().noneMatch(c -> "*?[{".indexOf(c) >= 0)) {
                pages.add(written);
                continue;
            }
            List<String> matched = glob(docs, written);
            if (matched.isEmpty()) {
                throw new SettingsException("guidecheck.pages: the glob " + written + " matches no file under " + docs);
            }
            pages.addAll(matched);
        }
        return List.copyOf(pages);
    }

    private static List<String> glob(Path docs, String glob) {
        java.nio.file.FileSystem fs = docs.getFileSystem();
        List<java.nio.file.PathMatcher> matchers = List.of(fs.getPathMatcher("glob:" + glob),
                fs.getPathMatcher("glob:" + glob.replace("**/", "")));
        try (java.util.stream.Stream<Path> files = Files.walk(docs)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> docs.relativize(file))
                    .filter(relative -> java.util.stream.StreamSupport.stream(relative.spliterator(), false)
                            .noneMatch(part -> part.toString().startsWith("_") || part.toString().startsWith(".")))
                    .filter(relative -> matchers.stream().anyMatch(matcher -> matcher.matches(relative)))
                    .map(relative -> relative.toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            throw new SettingsException("guidecheck.pages: cannot list " + docs + " (" + e.getMessage() + ")");
        }
    }

    public static final class SettingsException extends RuntimeException {
        public SettingsException(String message) {
            super(message);
        }
    }
}
