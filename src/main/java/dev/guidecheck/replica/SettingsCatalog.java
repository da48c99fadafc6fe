package dev.guidecheck.replica;

import java.util.List;
import java.util.Optional;

/**
 * The settings categories of the Infusionsoft app and the general fields each shows, as data, so a
 * profile can rename or move them without another copy of the pages. The API section is not listed
 * here: it has its own layout and lives in the category the profile names.
 */
final class SettingsCatalog {

    enum Kind { TEXT, SELECT, CHECKBOX }

    record Field(String name, String label, Kind kind, String seededValue, List<String> options) {
        static Field text(String name, String label, String value) {
            return new Field(name, label, Kind.TEXT, value, List.of());
        }

        static Field select(String name, String label, String value, String... options) {
            return new Field(name, label, Kind.SELECT, value, List.of(options));
        }

        static Field checkbox(String name, String label, boolean checked) {
            return new Field(name, label, Kind.CHECKBOX, checked ? "on" : "", List.of());
        }
    }

    record Section(String title, List<Field> fields) {
    }

    /** slug: the URL segment; label: the profile key of the category's visible name. */
    record Category(String slug, String labelKey, List<Section> sections) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("application", "categoryApplication", List.of(
                    new Section("Application", List.of(
                            Field.text("appName", "Application Name", "Awesome Docs"),
                            Field.select("timeZone", "Time Zone", "America/Phoenix",
                                    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                                    "America/Los_Angeles", "Europe/London"),
                            Field.select("locale", "Default Locale", "English (United States)",
                                    "English (United States)", "English (United Kingdom)", "Español", "Français"),
                            Field.select("dateFormat", "Date Format", "MM/dd/yyyy", "MM/dd/yyyy", "dd/MM/yyyy", "yyyy-MM-dd"),
                            Field.select("country", "Default Country", "United States",
                                    "United States", "Canada", "United Kingdom", "Australia"))),
                    new Section("Searching", List.of(
                            Field.select("resultsPerPage", "Default results per page", "20", "10", "20", "50", "100"),
                            Field.select("searchBy", "Quick search finds contacts by", "Name, Email and Company",
                                    "Name", "Name and Email", "Name, Email and Company"))),
                    new Section("Spam Protection", List.of(
                            Field.checkbox("captcha", "Show a CAPTCHA on web forms", true),
                            Field.checkbox("doubleOptIn", "Require double opt-in", false))),
                    new Section("Tracking", List.of(
                            Field.checkbox("visitorTracking", "Enable visitor tracking", true),
                            Field.text("trackingDomain", "Tracking Domain", "awesome-docs.example"))))),
            // Only the API section lives here, and only in profiles that move it here; otherwise it is not listed.
            new Category("api", "categoryApi", List.of()),
            new Category("company", "categoryCompany", List.of(
                    new Section("Company", List.of(
                            Field.text("companyName", "Company Name", "Awesome Docs, Inc."),
                            Field.text("companyPhone", "Phone", "(480) 555-0100"),
                            Field.text("companyEmail", "Email", "hello@awesome-docs.example"))))),
            new Category("contacts", "categoryContacts", List.of(
                    new Section("Contacts", List.of(
                            Field.select("contactTypes", "Default Contact Type", "Lead", "Lead", "Customer", "Other"),
                            Field.checkbox("dupeCheck", "Check for duplicates on import", true))))),
            new Category("email", "categoryEmail", List.of(
                    new Section("Email", List.of(
                            Field.text("fromName", "Default From Name", "Awesome Docs"),
                            Field.text("fromAddress", "Default From Address", "hello@awesome-docs.example"))))),
            new Category("opportunity", "categoryOpportunity", List.of(
                    new Section("Opportunity", List.of(
                            Field.text("stages", "Pipeline Stages", "New, Qualified, Proposal, Won, Lost"))))),
            new Category("orders", "categoryOrders", List.of(
                    new Section("Orders", List.of(
                            Field.select("currency", "Currency", "USD", "USD", "CAD", "GBP", "EUR"),
                            Field.checkbox("taxes", "Charge sales tax", false))))),
            new Category("referral-partners", "categoryReferralPartners", List.of(
                    new Section("Referral Partners", List.of(
                            Field.checkbox("partnerCenter", "Enable the Referral Partner Center", false))))),
            new Category("tasks-notes", "categoryTasksNotes", List.of(
                    new Section("Tasks/Notes", List.of(
                            Field.select("taskDays", "Default task due in", "1 day", "Today", "1 day", "1 week"))))),
            new Category("templates", "categoryTemplates", List.of(
                    new Section("Templates", List.of(
                            Field.checkbox("sharedTemplates", "Share templates with all users", true))))),
            new Category("misc", "categoryMisc", List.of(
                    new Section("Misc", List.of(
                            Field.text("supportEmail", "Support Email", "support@awesome-docs.example"))))));

    private SettingsCatalog() {
    }

    /** The categories a profile lists: an empty one only when the profile puts the API section there. */
    static List<Category> listed(ReplicaProfile profile) {
        return CATEGORIES.stream().filter(c -> !c.sections().isEmpty() || c.slug().equals(profile.apiCategory())).toList();
    }

    static Optional<Category> category(String slug) {
        return CATEGORIES.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }
}
