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

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private SeededValues values;
    private long generation;
    private String encryptedKey;
    private boolean passphraseSet;
    private String allowedIpList;
    private Map<String, Map<String, String>> settings;
    private List<DeveloperApplication> applications;
    private int nextApplicationNumber;

    ReplicaState() {
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
        applications.add(newApplication("Awesome Docs app", "https://example.com/", "Docs samples for the Infusionsoft API.",
                "https://example.com/oauth/callback", clock.instant().minus(2, ChronoUnit.HOURS)));
    }

    public Clock clock() {
        return clock;
    }

    /** Sessions carry the generation they signed in under; reset() moves it on, which signs them all out. */
    synchronized long generation() {
        return generation;
    }

    public synchronized String encryptedKey() {
        return encryptedKey;
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
            encryptedKey = values.hex32();
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
        for (DeveloperApplication app : applications) {
            secrets.put(app.clientId(), "client_id");
            secrets.put(app.clientSecret(), "client_secret");
        }
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
