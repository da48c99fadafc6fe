package dev.guidecheck.replica;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the two replica sites remember, shared by both servers: the app's settings and
 * Encrypted Key, and the developer's registered applications. All values come from a seeded
 * generator and a fixed clock, so the same actions always lead to the same pages.
 */
public final class ReplicaState {

    /** The moment the replica lives in: a weekday afternoon in 2017, when the guide's screenshots were taken. */
    public static final Instant NOW = Instant.parse("2017-06-14T15:30:00Z");
    static final String SEED = "guidecheck-replica-2017";

    /** How long an authorization code may wait for its exchange, as Infusionsoft's did (ten minutes). */
    static final java.time.Duration CODE_LIFETIME = java.time.Duration.ofMinutes(10);
    /** What the token endpoint says an access token lasts (Infusionsoft's 2017 tokens: 24 hours). */
    static final long TOKEN_SECONDS = 86_400;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CredentialDrift drift;
    /**
     * Elapsed time for code expiry only. The replica's clock stands still at {@link #NOW} so pages render
     * the same every run; a code's ten minutes are measured on the machine's monotonic clock instead.
     */
    private java.util.function.LongSupplier nanoTime = System::nanoTime;
    private SeededValues values;
    private long generation;
    private String encryptedKey;
    /** The key the API section shows: the current one, or (stale-encrypted-key) the one before it. */
    private String shownEncryptedKey;
    /** client_secrets rotated away, by application id, that My API Keys still shows on a first view. */
    private Map<String, String> staleSecrets;
    /** The callback URL the authorization server accepts, by application id. */
    private Map<String, String> registeredCallbacks;
    private Map<String, IssuedCode> codes;
    /** Every access and refresh token issued since the last reset, with what it is. */
    private Map<String, String> tokens;
    private int grants;
    private boolean passphraseSet;
    private String allowedIpList;
    private Map<String, Map<String, String>> settings;
    private List<DeveloperApplication> applications;
    private int nextApplicationNumber;

    /** What an authorization code was issued for, and whether it was spent. */
    record IssuedCode(String clientId, String redirectUri, long issuedNanos, boolean used) {
    }

    ReplicaState() {
        this(CredentialDrift.NONE);
    }

    ReplicaState(CredentialDrift drift) {
        this.drift = drift;
        seed();
    }

    /** Back to the seeded state; every session signed in before now counts as signed out. */
    synchronized void seed() {
        values = new SeededValues(SEED);
        generation++;
        encryptedKey = values.hex32();
        passphraseSet = true;
        allowedIpList = "";
        settings = new LinkedHashMap<>();
        for (SettingsCatalog.Category category : SettingsCatalog.CATEGORIES) {
            Map<String, String> fields = new LinkedHashMap<>();
            category.sections().forEach(s -> s.fields().forEach(f -> fields.put(f.name(), f.seededValue())));
            settings.put(category.slug(), fields);
        }
        applications = new ArrayList<>();
        nextApplicationNumber = 1;
        staleSecrets = new LinkedHashMap<>();
        registeredCallbacks = new LinkedHashMap<>();
        codes = new LinkedHashMap<>();
        tokens = new LinkedHashMap<>();
        grants = 0;
        applications.add(newApplication("Awesome Docs app", "https://example.com/", "Docs samples for the Infusionsoft API.",
                "https://example.com/oauth/callback", clock.instant().minus(2, ChronoUnit.HOURS)));
        shownEncryptedKey = encryptedKey;
        // The drifts draw their values after every faithful one, so the faithful values stay the same.
        switch (drift) {
            case STALE_ENCRYPTED_KEY -> {
                // the passphrase was changed since the key the page shows was issued
                encryptedKey = values.hex32();
            }
            case STALE_SECRET -> {
                DeveloperApplication app = applications.get(0);
                staleSecrets.put(app.id(), app.clientSecret());
                applications.set(0, app.withClientSecret(values.alnum(10)));
            }
            case UNREGISTERED_CALLBACK -> registeredCallbacks.put(applications.get(0).id(),
                    "https://example.com/oauth/infusionsoft/callback");
            case NONE -> {
            }
        }
    }

    public Clock clock() {
        return clock;
    }

    /** Sessions carry the generation they signed in under; reset() moves it on, which signs them all out. */
    synchronized long generation() {
        return generation;
    }

    /** The Encrypted Key the legacy API accepts now. */
    public synchronized String encryptedKey() {
        return encryptedKey;
    }

    /** The Encrypted Key the API section shows: the accepted one, except on a stale-encrypted-key replica. */
    public synchronized String shownEncryptedKey() {
        return shownEncryptedKey;
    }

    public synchronized boolean passphraseSet() {
        return passphraseSet;
    }

    public synchronized String allowedIpList() {
        return allowedIpList;
    }

    /** Saving the API section with a passphrase makes the app generate a new Encrypted Key. */
    synchronized void saveApiSettings(String passphrase, String ipList) {
        if (passphrase != null && !passphrase.isBlank()) {
            passphraseSet = true;
            String before = encryptedKey;
            encryptedKey = values.hex32();
            shownEncryptedKey = drift == CredentialDrift.STALE_ENCRYPTED_KEY ? before : encryptedKey;
        }
        if (ipList != null) {
            allowedIpList = ipList;
        }
    }

    public synchronized Map<String, String> settings(String categorySlug) {
        return Map.copyOf(settings.getOrDefault(categorySlug, Map.of()));
    }

    /** Saves one section's fields; a checkbox that was not submitted is unchecked, as browsers send forms. */
    synchronized void saveSettings(String categorySlug, List<SettingsCatalog.Field> sectionFields, Map<String, String> submitted) {
        Map<String, String> fields = settings.get(categorySlug);
        if (fields == null) {
            return;
        }
        for (SettingsCatalog.Field f : sectionFields) {
            if (f.kind() == SettingsCatalog.Kind.CHECKBOX) {
                fields.put(f.name(), submitted.containsKey(f.name()) ? "on" : "");
            } else if (submitted.containsKey(f.name())) {
                fields.put(f.name(), submitted.get(f.name()));
            }
        }
    }

    /**
     * Every secret value the two sites hold now, each with what it is: the Encrypted Key, and each
     * application's client_id and client_secret. They change as the sites are used (saving a passphrase
     * issues a new key, registering an application new credentials), so ask again when it matters.
     */
    public synchronized Map<String, String> secretValues() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put(encryptedKey, "Encrypted Key");
        secrets.put(shownEncryptedKey, "Encrypted Key");
        for (DeveloperApplication app : applications) {
            secrets.put(app.clientId(), "client_id");
            secrets.put(app.clientSecret(), "client_secret");
        }
        staleSecrets.values().forEach(v -> secrets.put(v, "client_secret"));
        codes.keySet().forEach(v -> secrets.put(v, "authorization code"));
        secrets.putAll(tokens);
        return secrets;
    }

    /** The developer's applications, newest first. */
    public synchronized List<DeveloperApplication> applications() {
        return List.copyOf(applications);
    }

    public synchronized Optional<DeveloperApplication> application(String id) {
        return applications.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    synchronized DeveloperApplication register(String name, String website, String description, String callbackUrl) {
        DeveloperApplication app = newApplication(name, website, description, callbackUrl, clock.instant());
        applications.add(0, app);
        return app;
    }

    /** The application a client_id was issued to. */
    public synchronized Optional<DeveloperApplication> applicationByClientId(String clientId) {
        return applications.stream().filter(a -> a.clientId().equals(clientId)).findFirst();
    }

    /** The client_secret My API Keys shows on a first view: a rotated one when there is one, else the current. */
    synchronized String shownClientSecret(DeveloperApplication app, boolean firstView) {
        String stale = staleSecrets.get(app.id());
        return stale != null && firstView ? stale : app.clientSecret();
    }

    /** The callback URL the authorization server accepts for an application. */
    public synchronized String registeredCallback(DeveloperApplication app) {
        return registeredCallbacks.getOrDefault(app.id(), app.callbackUrl());
    }

    /** How many authorization grants were given since the last reset (each Allow on the consent page). */
    public synchronized int grants() {
        return grants;
    }

    /** A single-use code for an Allow on the consent page. */
    synchronized String issueCode(String clientId, String redirectUri) {
        String code = values.lowerAlnum(24);
        codes.put(code, new IssuedCode(clientId, redirectUri, nanoTime.getAsLong(), false));
        grants++;
        return code;
    }

    /**
     * Spends a code: the exchange's error in OAuth 2.0's words ({@code invalid_grant}), or empty when the code
     * was issued to this client for this redirect_uri, is unspent and has not expired.
     */
    synchronized Optional<String> redeemCode(String code, String clientId, String redirectUri) {
        IssuedCode issued = codes.get(code);
        if (issued == null) {
            return Optional.of("the authorization code is not one this server issued");
        }
        if (issued.used()) {
            return Optional.of("the authorization code was already used");
        }
        codes.put(code, new IssuedCode(issued.clientId(), issued.redirectUri(), issued.issuedNanos(), true));
        if (nanoTime.getAsLong() - issued.issuedNanos() > CODE_LIFETIME.toNanos()) {
            return Optional.of("the authorization code has expired");
        }
        if (!issued.clientId().equals(clientId)) {
            return Optional.of("the authorization code was issued to another client");
        }
        if (!issued.redirectUri().equals(redirectUri)) {
            return Optional.of("the redirect_uri is not the one the authorization code was issued for");
        }
        return Optional.empty();
    }

    /** A new access token and refresh token, in that order. */
    synchronized List<String> issueTokens() {
        String access = values.lowerAlnum(24);
        String refresh = values.lowerAlnum(24);
        tokens.put(access, "access token");
        tokens.put(refresh, "refresh token");
        return List.of(access, refresh);
    }

    /** For tests of code expiry: the monotonic clock codes are timed by. */
    synchronized void nanoTime(java.util.function.LongSupplier source) {
        this.nanoTime = source;
    }

    synchronized Optional<DeveloperApplication> edit(String id, String name, String website, String description, String callbackUrl) {
        for (int i = 0; i < applications.size(); i++) {
            if (applications.get(i).id().equals(id)) {
                DeveloperApplication edited = applications.get(i).withDetails(name, website, description, callbackUrl);
                applications.set(i, edited);
                return Optional.of(edited);
            }
        }
        return Optional.empty();
    }

    synchronized boolean deleteKey(String id) {
        return applications.removeIf(a -> a.id().equals(id));
    }

    private DeveloperApplication newApplication(String name, String website, String description, String callbackUrl, Instant created) {
        String id = String.valueOf(nextApplicationNumber++);
        return new DeveloperApplication(id, name, website, description, callbackUrl,
                values.lowerAlnum(24), values.alnum(10), "active", created);
    }
}
