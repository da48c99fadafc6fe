package dev.guidecheck.replica;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the replica looks: the visible labels, which settings category holds the API section, and
 * which template renders each page. Later drift profiles (a renamed settings category, the API
 * section in its own category, a secret behind a Show button, a renamed portal tab, a Keap-2020
 * redesign) are this record with a few values changed, never a second server.
 */
public record ReplicaProfile(String name, Map<String, String> labels, String apiCategory,
                             boolean secretsMaskedBehindShow, Map<String, String> templates, ReplicaFaults faults,
                             CredentialDrift credentialDrift) {

    public ReplicaProfile {
        Objects.requireNonNull(name, "name");
        labels = Map.copyOf(labels);
        templates = Map.copyOf(templates);
        Objects.requireNonNull(credentialDrift, "credentialDrift");
    }

    /** The 2017 Infusionsoft app and developer portal, as the guide and its screenshots show them. */
    public static ReplicaProfile faithful() {
        Map<String, String> l = new LinkedHashMap<>();
        // Infusionsoft site
        l.put("logIn", "Log In");
        l.put("appName", "CRM");
        l.put("findContact", "Find a contact...");
        l.put("columnMyNav", "My Nav");
        l.put("columnCrm", "CRM");
        l.put("columnMarketing", "Marketing");
        l.put("columnEcommerce", "E-Commerce");
        l.put("columnAdmin", "Admin");
        l.put("menuReports", "Reports");
        l.put("menuSettings", "Settings");
        l.put("menuEdit", "Edit");
        l.put("settingsTitle", "Application Settings");
        l.put("categoryApplication", "Application");
        l.put("categoryCompany", "Company");
        l.put("categoryContacts", "Contacts");
        l.put("categoryEmail", "Email");
        l.put("categoryOpportunity", "Opportunity");
        l.put("categoryOrders", "Orders");
        l.put("categoryReferralPartners", "Referral Partners");
        l.put("categoryTasksNotes", "Tasks/Notes");
        l.put("categoryTemplates", "Templates");
        l.put("categoryMisc", "Misc");
        l.put("categoryApi", "API");
        l.put("apiSection", "API");
        l.put("apiPassphrase", "API Passphrase:");
        l.put("encryptedKey", "Encrypted Key:");
        l.put("allowedIpList", "Allowed IP List:");
        l.put("actionSetAdd", "Incoming Action Set: (Add)");
        l.put("actionSetUpdate", "Incoming Action Set: (Update)");
        l.put("actions", "Actions");
        l.put("save", "Save");
        l.put("settingsSaved", "Settings saved");
        // developer portal
        l.put("portalSignIn", "Sign In");
        l.put("myKeysTitle", "My API Keys");
        l.put("keysTab", "Keys");
        l.put("applicationsTab", "Applications");
        l.put("manageAccountTab", "Manage Account");
        l.put("credentials", "Credentials");
        l.put("clientId", "client_id");
        l.put("clientSecret", "client_secret");
        l.put("showSecret", "Show");
        l.put("viewReport", "View Report");
        l.put("deleteKey", "Delete Key");
        l.put("registerCallbackUrl", "Register Callback URL");
        l.put("registerApplication", "Register Application");
        l.put("plan", "Production: Infusionsoft CRM: Basic Plan");
        return new ReplicaProfile("faithful", l, "application", false, Map.of(), ReplicaFaults.NONE, CredentialDrift.NONE);
    }

    /** The visible text for a label key; a missing key is a bug in a profile, so it fails loudly. */
    public String label(String key) {
        String value = labels.get(key);
        if (value == null) {
            throw new IllegalArgumentException("profile " + name + " has no label " + key);
        }
        return value;
    }

    /** The template that renders a page: the profile's replacement if it has one, else the page's own. */
    public String template(String page) {
        return templates.getOrDefault(page, page);
    }

    /** This profile with one label changed, for drift profiles. */
    public ReplicaProfile withLabel(String key, String value) {
        label(key);
        Map<String, String> l = new LinkedHashMap<>(labels);
        l.put(key, value);
        return new ReplicaProfile(name, l, apiCategory, secretsMaskedBehindShow, templates, faults, credentialDrift);
    }

    /** This profile with the API section in another settings category (a slug of {@link SettingsCatalog}). */
    public ReplicaProfile withApiCategory(String slug) {
        if (SettingsCatalog.category(slug).isEmpty()) {
            throw new IllegalArgumentException("no settings category " + slug);
        }
        return new ReplicaProfile(name, labels, slug, secretsMaskedBehindShow, templates, faults, credentialDrift);
    }

    /** The same product, served with the given faults (a slow or an unreliable site). */
    public ReplicaProfile withFaults(ReplicaFaults faults) {
        return new ReplicaProfile(name, labels, apiCategory, secretsMaskedBehindShow, templates, faults, credentialDrift);
    }

    /** This profile with the portal's client_secret masked until its Show button is clicked. */
    public ReplicaProfile withSecretsMaskedBehindShow() {
        return new ReplicaProfile(name, labels, apiCategory, true, templates, faults, credentialDrift);
    }

    /** This profile rendering a page or partial with another template. */
    public ReplicaProfile withTemplate(String page, String replacement) {
        Map<String, String> t = new LinkedHashMap<>(templates);
        t.put(page, replacement);
        return new ReplicaProfile(name, labels, apiCategory, secretsMaskedBehindShow, t, faults, credentialDrift);
    }

    /** This profile with credentials that are shown but do not work, in one of the ways of {@link CredentialDrift}. */
    public ReplicaProfile withCredentialDrift(CredentialDrift drift) {
        return new ReplicaProfile(name, labels, apiCategory, secretsMaskedBehindShow, templates, faults, drift);
    }

    /** This profile under another name, for drift profiles built from it. */
    public ReplicaProfile named(String newName) {
        return new ReplicaProfile(newName, labels, apiCategory, secretsMaskedBehindShow, templates, faults, credentialDrift);
    }
}
