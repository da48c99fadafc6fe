package dev.guidecheck.replica;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The versions of the product the replica can play, by the name {@code guidecheck.replica.profile}
 * takes: the 2017 product the guide describes, and realistic ways it changed under the guide. Each
 * drift profile is the faithful one with a few labels, a settings category or a template changed.
 */
public final class ReplicaProfiles {

    public static final String FAITHFUL = "faithful";

    private static final Map<String, Supplier<ReplicaProfile>> PROFILES = new LinkedHashMap<>();

    static {
        PROFILES.put(FAITHFUL, ReplicaProfile::faithful);
        PROFILES.put("renamed-category", ReplicaProfiles::renamedCategory);
        PROFILES.put("moved-api-section", ReplicaProfiles::movedApiSection);
        PROFILES.put("secret-hidden", ReplicaProfiles::secretHidden);
        PROFILES.put("portal-tabs-renamed", ReplicaProfiles::portalTabsRenamed);
        PROFILES.put("keap-2020", ReplicaProfiles::keap2020);
        // Credential profiles: every screen as the guide says, but a credential shown is not the one that works.
        PROFILES.put("stale-secret", () -> ReplicaProfile.faithful().named("stale-secret")
                .withCredentialDrift(CredentialDrift.STALE_SECRET));
        PROFILES.put("stale-encrypted-key", () -> ReplicaProfile.faithful().named("stale-encrypted-key")
                .withCredentialDrift(CredentialDrift.STALE_ENCRYPTED_KEY));
        PROFILES.put("unregistered-callback", () -> ReplicaProfile.faithful().named("unregistered-callback")
                .withCredentialDrift(CredentialDrift.UNREGISTERED_CALLBACK));
        // Fault profiles: the faithful product on an unreliable site.
        PROFILES.put("slow", () -> ReplicaProfile.faithful().named("slow")
                .withFaults(new ReplicaFaults(java.time.Duration.ofMillis(300), 0)));
        PROFILES.put("flaky", () -> ReplicaProfile.faithful().named("flaky")
                .withFaults(new ReplicaFaults(java.time.Duration.ZERO, 9)));
    }

    private ReplicaProfiles() {
    }

    /** Every profile's name, faithful first. */
    public static List<String> names() {
        return List.copyOf(PROFILES.keySet());
    }

    public static Optional<ReplicaProfile> named(String name) {
        return Optional.ofNullable(PROFILES.get(name)).map(Supplier::get);
    }

    /** The Application settings category is renamed "General"; its sections, the API one included, stay. */
    static ReplicaProfile renamedCategory() {
        return ReplicaProfile.faithful().named("renamed-category")
                .withLabel("categoryApplication", "General");
    }

    /** The API section leaves the Application category for a settings category of its own, "API". */
    static ReplicaProfile movedApiSection() {
        return ReplicaProfile.faithful().named("moved-api-section")
                .withApiCategory("api");
    }

    /** My API Keys masks each client_secret until its Show button is clicked. */
    static ReplicaProfile secretHidden() {
        return ReplicaProfile.faithful().named("secret-hidden")
                .withSecretsMaskedBehindShow();
    }

    /** The portal's Applications tab is now "Apps", and each application's Edit link an icon named "Edit". */
    static ReplicaProfile portalTabsRenamed() {
        return ReplicaProfile.faithful().named("portal-tabs-renamed")
                .withLabel("applicationsTab", "Apps")
                .withTemplate("application-edit-link", "application-edit-link-icon");
    }

    /**
     * The later product as a whole: Admin > Settings opens "Settings", where the API section is the
     * "API settings" category; the portal keeps Applications and Manage Account in a profile menu in
     * its header, leaving only the Keys tab, and hides each client_secret behind Show.
     */
    static ReplicaProfile keap2020() {
        return ReplicaProfile.faithful().named("keap-2020")
                .withLabel("settingsTitle", "Settings")
                .withLabel("categoryApi", "API settings")
                .withApiCategory("api")
                .withSecretsMaskedBehindShow()
                .withTemplate("portal-account-nav", "portal-account-nav-profile-menu")
                .withTemplate("portal-tabs", "portal-tabs-keys-only")
                .withTemplate("application-edit-link", "application-edit-link-icon");
    }
}
