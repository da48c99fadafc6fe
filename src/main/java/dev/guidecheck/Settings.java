package dev.guidecheck;

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
        Optional<Path> browserBinary,
        Optional<Path> driver,
        String replicaProfile,
        URI docsSite,
        String credentialsSection,
        String callbackUrl,
        Optional<LiveSites> live) {

    /** What a run does: replay the guide in a browser (after linting it), or only lint it. */
    public enum Mode { CHECK, LINT }

    /** What the check runs against. */
    public enum Target { REPLICA, LIVE }

    /** The live sites, their accounts and the secrets read from the environment. */
    public record LiveSites(URI infusionsoft, URI developerPortal, Account infusionsoftAccount,
                            Account developerAccount, Optional<String> apiPassphrase) {
        @Override
        public String toString() {
            return "LiveSites[" + infusionsoft + ", " + developerPortal + "]";
        }
    }

    public static final List<String> DEFAULT_PAGES = List.of(
            "docs/elements/infusionsoft-crm/setup.md",
            "docs/elements/infusionsoft-marketing/setup.md",
            "docs/elements/infusionsoft-rest/setup.md");

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
        List<String> pages = prop.apply("guidecheck.pages")
                .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(DEFAULT_PAGES);
        if (pages.isEmpty()) {
            throw new SettingsException("guidecheck.pages: names no page");
        }
        Target target = oneOf("guidecheck.target", prop.apply("guidecheck.target").orElse("replica"), Target.class);
        Path out = Path.of(prop.apply("guidecheck.out").orElse("target/guidecheck")).toAbsolutePath().normalize();
        boolean headless = bool("guidecheck.headless", prop.apply("guidecheck.headless").orElse("true"));
        Optional<Path> binary = prop.apply("guidecheck.browser.binary").map(Path::of);
        Optional<Path> driver = prop.apply("guidecheck.driver").map(Path::of);
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

        Optional<LiveSites> live = Optional.empty();
        if (target == Target.LIVE && mode == Mode.CHECK) {
            live = Optional.of(liveSites(prop, secrets(prop, env)));
        }
        return new Settings(mode, docs, pages, target, out, headless, binary, driver, profile, docsSite, section,
                callbackUrl, live);
    }

    private static LiveSites liveSites(Function<String, Optional<String>> prop, Function<String, Optional<String>> secret) {
        URI app = url("guidecheck.live.infusionsoft", prop.apply("guidecheck.live.infusionsoft")
                .orElse(Sites.INFUSIONSOFT.toString()));
        URI portal = url("guidecheck.live.portal", prop.apply("guidecheck.live.portal")
                .orElse(Sites.DEVELOPER_PORTAL.toString()));
        Account appAccount = new Account(
                required(prop, "guidecheck.live.infusionsoft.user"),
                secret.apply("GUIDECHECK_INFUSIONSOFT_PASSWORD").orElseThrow(() -> new SettingsException(
                        "GUIDECHECK_INFUSIONSOFT_PASSWORD: live mode needs the Infusionsoft password in this"
                                + " environment variable or in the file named by guidecheck.secrets.file")));
        Account devAccount = new Account(
                required(prop, "guidecheck.live.portal.user"),
                secret.apply("GUIDECHECK_PORTAL_PASSWORD").orElseThrow(() -> new SettingsException(
                        "GUIDECHECK_PORTAL_PASSWORD: live mode needs the developer portal password in this"
                                + " environment variable or in the file named by guidecheck.secrets.file")));
        return new LiveSites(app, portal, appAccount, devAccount, secret.apply("GUIDECHECK_API_PASSPHRASE"));
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
    public static final class SettingsException extends RuntimeException {
        public SettingsException(String message) {
            super(message);
        }
    }
}
