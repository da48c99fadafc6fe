package dev.guidecheck.verify;

import dev.guidecheck.Account;
import dev.guidecheck.browser.DevToolsChannel;
import dev.guidecheck.evidence.CredentialMask;
import dev.guidecheck.guide.CredentialRow;
import dev.guidecheck.pages.AuthorizationErrorPage;
import dev.guidecheck.pages.ConsentPage;
import dev.guidecheck.pages.Screen;
import dev.guidecheck.pages.Screens;
import dev.guidecheck.pages.SignInPage;
import dev.guidecheck.pages.WrongPageException;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.RecordedCredential;
import dev.guidecheck.verify.CredentialVerdict.Status;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strongest statement a guide check makes: the credentials the guide had the reader record work. The
 * client_id and Callback URL open the provider's authorization page in the browser, as a reader's application
 * would send them there; the consent is given with a click; the code the provider sends to the callback is read
 * from the browser without loading the callback; the client_secret exchanges it for tokens over HTTP; the
 * Encrypted Key makes one legacy API call. Each credential gets a {@link CredentialVerdict}.
 */
public final class CredentialVerification {

    static final String AUTHORIZATION = "the authorization page";
    static final String TOKEN_EXCHANGE = "the token endpoint";
    static final String XMLRPC = "XML-RPC DataService.echo";
    /** How long the provider may take to send the browser on to the callback after Allow. */
    static final Duration CALLBACK_TIMEOUT = Duration.ofSeconds(10);

    /** What each credential of the table is for, by the parameter the next page of the docs puts it in. */
    enum Role {
        ENCRYPTED_KEY("private.key", "encrypted key"),
        CLIENT_ID("oauth.api.key", "client_id"),
        CLIENT_SECRET("oauth.api.secret", "client_secret"),
        CALLBACK_URL("oauth.callback.url", "callback url");

        private final String parameter;
        private final String name;

        Role(String parameter, String name) {
            this.parameter = parameter;
            this.name = name;
        }

        static Optional<Role> of(CredentialRow row) {
            String parameter = row.parameter() == null ? "" : row.parameter().toLowerCase(Locale.ROOT);
            String name = row.name().trim().toLowerCase(Locale.ROOT);
            for (Role role : values()) {
                if (parameter.contains(role.parameter)) {
                    return Optional.of(role);
                }
            }
            for (Role role : values()) {
                if (name.equals(role.name)) {
                    return Optional.of(role);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * What the authorization-code flow answered, by the values it was run with, for one run: pages that
     * record the same client_id, client_secret and Callback URL (two pages including the same body, or the
     * seeded app found on every page) take the answers of the flow already run instead of signing in,
     * consenting and exchanging a code again. Only answers about the values are kept (they work or are
     * refused); a flow that could not be made is tried again on the next page.
     */
    public static final class Answers {
        private final Map<List<String>, Map<Role, CredentialVerdict>> byValues = new ConcurrentHashMap<>();
    }

    private final ProviderEndpoints endpoints;
    private final ProviderCalls calls = new ProviderCalls();
    private final Answers answers;

    /** A verification that takes the flow's answers from {@code answers} when the same values were tried before. */
    public CredentialVerification(ProviderEndpoints endpoints, Answers answers) {
        this.endpoints = endpoints;
        this.answers = answers;
    }

    /** Whether any credential of the page was recorded, so that trying them needs the browser at all. */
    public static boolean anythingToTry(List<CredentialCheck.Outcome> credentials) {
        return credentials.stream().anyMatch(CredentialCheck.Outcome::found);
    }

    /** Every credential not checked, for one reason (live mode without the switch, a run that stopped). */
    public static List<CredentialVerdict> notChecked(List<CredentialCheck.Outcome> credentials, String why) {
        return credentials.stream().map(c -> new CredentialVerdict(c.row(), found(c), Status.NOT_CHECKED, "not tried", why))
                .toList();
    }

    /** Every credential broken: the check itself failed (no browser, a target that would not start). */
    public static List<CredentialVerdict> broken(List<CredentialCheck.Outcome> credentials, String why) {
        return credentials.stream().map(c -> new CredentialVerdict(c.row(), found(c), Status.BROKEN, "the check", why))
                .toList();
    }

    /**
     * Tries every recorded credential on the provider; {@code account} signs in to the authorization page when
     * it asks (its password may be null with a saved session: then the OAuth credentials are not checked).
     */
    public List<CredentialVerdict> verify(List<CredentialCheck.Outcome> credentials, WebDriver driver, Account account) {
        Map<Role, CredentialCheck.Outcome> byRole = new EnumMap<>(Role.class);
        for (CredentialCheck.Outcome c : credentials) {
            Role.of(c.row()).ifPresent(role -> byRole.putIfAbsent(role, c));
        }
        Map<Role, CredentialVerdict> verdicts = new EnumMap<>(Role.class);
        if (byRole.containsKey(Role.CLIENT_ID) || byRole.containsKey(Role.CLIENT_SECRET) || byRole.containsKey(Role.CALLBACK_URL)) {
            verdicts.putAll(oauth(byRole, driver, account));
        }
        if (byRole.containsKey(Role.ENCRYPTED_KEY)) {
            verdicts.put(Role.ENCRYPTED_KEY, encryptedKey(byRole.get(Role.ENCRYPTED_KEY)));
        }
        List<CredentialVerdict> out = new ArrayList<>();
        for (CredentialCheck.Outcome c : credentials) {
            Optional<Role> role = Role.of(c.row());
            CredentialVerdict v = role.map(verdicts::get).filter(x -> x.row() == c.row()).orElse(null);
            out.add(v != null ? v : new CredentialVerdict(c.row(), found(c), Status.NOT_CHECKED, "not tried",
                    "guidecheck knows no endpoint of the provider that takes the " + c.row().name()));
        }
        return out;
    }

    /** The authorization-code flow's verdicts for these values: run now, or taken from the same values' run. */
    private Map<Role, CredentialVerdict> oauth(Map<Role, CredentialCheck.Outcome> byRole, WebDriver driver, Account account) {
        List<String> values = new ArrayList<>(List.of(endpoints.authorize().toString()));
        for (Role role : List.of(Role.CLIENT_ID, Role.CLIENT_SECRET, Role.CALLBACK_URL)) {
            // Absent and not recorded differ: either changes which verdicts the flow gives.
            values.add(!byRole.containsKey(role) ? "absent"
                    : found(byRole.get(role)).map(r -> "value " + r.value()).orElse("not recorded"));
        }
        Map<Role, CredentialVerdict> earlier = answers.byValues.get(values);
        if (earlier != null) {
            // The same answers, about this page's rows and the steps of this page that recorded the values.
            Map<Role, CredentialVerdict> same = new EnumMap<>(Role.class);
            earlier.forEach((role, v) -> same.put(role, new CredentialVerdict(byRole.get(role).row(),
                    found(byRole.get(role)), v.status(), v.check(), v.answer())));
            return same;
        }
        Map<Role, CredentialVerdict> verdicts = new OAuthAttempt(byRole, driver, account).run();
        if (verdicts.values().stream().allMatch(v -> v.status() == Status.WORKS || v.status() == Status.REFUSED)) {
            answers.byValues.put(values, verdicts);
        }
        return verdicts;
    }

    private CredentialVerdict encryptedKey(CredentialCheck.Outcome key) {
        Optional<RecordedCredential> value = found(key);
        if (value.isEmpty()) {
            return notRecorded(key);
        }
        if (endpoints.xmlrpc().isEmpty()) {
            return new CredentialVerdict(key.row(), value, Status.NOT_CHECKED, XMLRPC,
                    "no XML-RPC endpoint is configured: set guidecheck.live.xmlrpc to https://<your app>.infusionsoft.com/api/xmlrpc");
        }
        try {
            ProviderCalls.XmlRpcAnswer answer = calls.echo(endpoints.xmlrpc().get(), value.get().value());
            if (answer.fault().isEmpty()) {
                return new CredentialVerdict(key.row(), value, Status.WORKS, XMLRPC, "the call was answered");
            }
            String fault = masked(answer.fault().get(), List.of(value.get()));
            boolean keyRefused = fault.contains("InvalidKey") || answer.faultCode().filter(c -> c == 2).isPresent();
            return new CredentialVerdict(key.row(), value, keyRefused ? Status.REFUSED : Status.BROKEN, XMLRPC,
                    "the fault \"" + fault + "\"");
        } catch (IOException e) {
            return new CredentialVerdict(key.row(), value, Status.BROKEN, XMLRPC, "no answer: " + e.getMessage());
        }
    }

    /** One pass of the authorization-code flow with the recorded client_id, client_secret and Callback URL. */
    private final class OAuthAttempt {
        private final Map<Role, CredentialCheck.Outcome> byRole;
        private final WebDriver driver;
        private final Account account;
        private final List<RecordedCredential> values = new ArrayList<>();

        OAuthAttempt(Map<Role, CredentialCheck.Outcome> byRole, WebDriver driver, Account account) {
            this.byRole = byRole;
            this.driver = driver;
            this.account = account;
            for (Role role : List.of(Role.CLIENT_ID, Role.CLIENT_SECRET, Role.CALLBACK_URL)) {
                value(role).ifPresent(values::add);
            }
        }

        Map<Role, CredentialVerdict> run() {
            Optional<RecordedCredential> clientId = value(Role.CLIENT_ID);
            Optional<RecordedCredential> callback = value(Role.CALLBACK_URL);
            if (clientId.isEmpty() || callback.isEmpty()) {
                return all(Status.NOT_CHECKED, AUTHORIZATION, "the authorization needs both the client_id and the"
                        + " Callback URL, and " + (clientId.isEmpty() ? "the client_id" : "the Callback URL") + " was not recorded");
            }
            Optional<DevToolsChannel> channel = DevToolsChannel.of(driver);
            if (channel.isEmpty()) {
                return all(Status.NOT_CHECKED, AUTHORIZATION, "this browser offers no DevTools protocol, without which"
                        + " the redirect to the callback URL cannot be read without loading it");
            }
            String state = "guidecheck-" + UUID.randomUUID();
            String redirectUri = callback.get().value();
            URI authorize = URI.create(endpoints.authorize() + "?client_id=" + encode(clientId.get().value())
                    + "&redirect_uri=" + encode(redirectUri) + "&response_type=code&scope=full&state=" + encode(state));
            Optional<URI> sentTo;
            try (CallbackWatch watch = CallbackWatch.start(channel.get(), redirectUri)) {
                try {
                    driver.get(authorize.toString());
                } catch (WebDriverException e) {
                    // a provider that sends the browser straight on (consent given before) aborts this load
                }
                sentTo = watch.await(Duration.ZERO);
                if (sentTo.isEmpty()) {
                    Screen screen = Screens.current(driver);
                    if (screen instanceof SignInPage signIn) {
                        if (account == null || account.password() == null) {
                            return all(Status.NOT_CHECKED, AUTHORIZATION, "the authorization page asks to sign in, and no"
                                    + " Infusionsoft password is configured (GUIDECHECK_INFUSIONSOFT_PASSWORD)");
                        }
                        screen = signIn.signIn(account);
                        if (screen instanceof SignInPage again) {
                            return all(Status.BROKEN, AUTHORIZATION, "the sign-in was refused: "
                                    + again.errorMessage().orElse("no message"));
                        }
                    }
                    if (screen instanceof AuthorizationErrorPage error) {
                        return refusedByAuthorization(masked(error.message(), values));
                    }
                    if (!(screen instanceof ConsentPage consent)) {
                        return all(Status.BROKEN, AUTHORIZATION, "it showed " + screen.name() + ", not the consent page");
                    }
                    consent.allow();
                    sentTo = watch.await(CALLBACK_TIMEOUT);
                }
            } catch (WrongPageException e) {
                return all(Status.BROKEN, AUTHORIZATION, "it showed no page guidecheck knows (" + e.getMessage() + ")");
            } catch (WebDriverException e) {
                return all(Status.BROKEN, AUTHORIZATION, "the browser failed: " + firstLine(e.getMessage()));
            }
            if (sentTo.isEmpty()) {
                return all(Status.BROKEN, AUTHORIZATION, "the browser was not sent to the Callback URL within "
                        + CALLBACK_TIMEOUT.toSeconds() + " s of the consent");
            }
            Map<String, String> query = query(sentTo.get());
            if (!state.equals(query.get("state"))) {
                return all(Status.BROKEN, AUTHORIZATION, "the callback came back without the state sent");
            }
            if (query.containsKey("error") || !query.containsKey("code")) {
                return all(Status.BROKEN, AUTHORIZATION, "the callback came back with error="
                        + query.getOrDefault("error", "(no code)"));
            }
            return exchange(query.get("code"), redirectUri);
        }

        private Map<Role, CredentialVerdict> exchange(String code, String redirectUri) {
            Optional<RecordedCredential> secret = value(Role.CLIENT_SECRET);
            Map<Role, CredentialVerdict> out = new EnumMap<>(Role.class);
            String authorized = "it showed the consent page and sent the browser to the Callback URL with a code";
            put(out, Role.CLIENT_ID, Status.WORKS, AUTHORIZATION, authorized);
            put(out, Role.CALLBACK_URL, Status.WORKS, AUTHORIZATION, authorized);
            if (secret.isEmpty()) {
                if (byRole.containsKey(Role.CLIENT_SECRET)) {
                    out.put(Role.CLIENT_SECRET, notRecorded(byRole.get(Role.CLIENT_SECRET)));
                }
                return out;
            }
            try {
                ProviderCalls.TokenAnswer answer = calls.exchange(endpoints.token(), code, redirectUri,
                        value(Role.CLIENT_ID).orElseThrow().value(), secret.get().value());
                String words = masked(answer.words(), values);
                if (answer.accessTokenIssued()) {
                    put(out, Role.CLIENT_SECRET, Status.WORKS, TOKEN_EXCHANGE, words);
                    put(out, Role.CLIENT_ID, Status.WORKS, TOKEN_EXCHANGE, words);
                    put(out, Role.CALLBACK_URL, Status.WORKS, TOKEN_EXCHANGE, words);
                } else if (answer.error().filter("invalid_client"::equals).isPresent()) {
                    // the client_id opened the consent page, so it is the secret the endpoint refuses
                    put(out, Role.CLIENT_SECRET, Status.REFUSED, TOKEN_EXCHANGE, words);
                } else {
                    put(out, Role.CLIENT_SECRET, Status.BROKEN, TOKEN_EXCHANGE, words);
                }
            } catch (IOException e) {
                put(out, Role.CLIENT_SECRET, Status.BROKEN, TOKEN_EXCHANGE, "no answer: " + e.getMessage());
            }
            return out;
        }

        /**
         * An error page instead of consent: the redirect_uri is what it names when it names one (the client_id
         * was then known), else the client_id. The secret is never reached.
         */
        private Map<Role, CredentialVerdict> refusedByAuthorization(String message) {
            Map<Role, CredentialVerdict> out = new EnumMap<>(Role.class);
            String said = "the error page \"" + message + "\"";
            String notReached = "the authorization stopped before the token exchange";
            if (message.toLowerCase(Locale.ROOT).contains("redirect")) {
                put(out, Role.CLIENT_ID, Status.WORKS, AUTHORIZATION, "it knew the client_id and refused the redirect_uri");
                put(out, Role.CALLBACK_URL, Status.REFUSED, AUTHORIZATION, said);
            } else {
                put(out, Role.CLIENT_ID, Status.REFUSED, AUTHORIZATION, said);
                put(out, Role.CALLBACK_URL, Status.NOT_CHECKED, AUTHORIZATION, "the client_id was refused first");
            }
            put(out, Role.CLIENT_SECRET, Status.NOT_CHECKED, TOKEN_EXCHANGE, notReached);
            return out;
        }

        private Map<Role, CredentialVerdict> all(Status status, String check, String answer) {
            Map<Role, CredentialVerdict> out = new EnumMap<>(Role.class);
            for (Role role : List.of(Role.CLIENT_ID, Role.CLIENT_SECRET, Role.CALLBACK_URL)) {
                if (byRole.containsKey(role)) {
                    out.put(role, value(role).isEmpty() ? notRecorded(byRole.get(role))
                            : new CredentialVerdict(byRole.get(role).row(), value(role), status, check, answer));
                }
            }
            return out;
        }

        private void put(Map<Role, CredentialVerdict> out, Role role, Status status, String check, String answer) {
            if (byRole.containsKey(role)) {
                out.put(role, value(role).isEmpty() ? notRecorded(byRole.get(role))
                        : new CredentialVerdict(byRole.get(role).row(), value(role), status, check, answer));
            }
        }

        private Optional<RecordedCredential> value(Role role) {
            return Optional.ofNullable(byRole.get(role)).flatMap(CredentialVerification::found);
        }
    }

    private static CredentialVerdict notRecorded(CredentialCheck.Outcome c) {
        return new CredentialVerdict(c.row(), Optional.empty(), Status.NOT_CHECKED, "not tried",
                c.notChecked().orElse("no value of a plausible shape was recorded"));
    }

    /** The recorded value, when one of a plausible shape was found; a value the credential check refused is not tried. */
    private static Optional<RecordedCredential> found(CredentialCheck.Outcome c) {
        return c.found() ? c.recorded() : Optional.empty();
    }

    /** The provider's words with any recorded value in them masked. */
    private static String masked(String text, List<RecordedCredential> values) {
        String out = text;
        for (RecordedCredential v : values) {
            if (v.value().length() >= 4) {
                out = out.replace(v.value(), CredentialMask.mask(v.value()));
            }
        }
        return out;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.putIfAbsent(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
