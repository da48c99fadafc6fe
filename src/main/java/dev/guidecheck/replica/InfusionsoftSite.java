package dev.guidecheck.replica;

import dev.guidecheck.Account;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of the Infusionsoft public site and app: home page, sign-in, the app shell with its app
 * menu, and Application Settings with the API section that issues the Encrypted Key.
 */
final class InfusionsoftSite {

    /**
     * What the API Passphrase input carries when a passphrase is already set: eight characters, so the
     * masked field shows eight dots as in the screenshot, and posting it back unchanged keeps the key.
     */
    static final String UNCHANGED_PASSPHRASE = "\u2022unset\u2022\u2022";

    private final ReplicaState state;
    private final ReplicaProfile profile;
    private final Templates templates;
    private final Sessions sessions;

    InfusionsoftSite(ReplicaState state, ReplicaProfile profile, Templates templates) {
        this.state = state;
        this.profile = profile;
        this.templates = templates;
        this.sessions = new Sessions(state);
    }

    void addRoutes(Javalin app) {
        app.before(sessions::dropStale);
        app.before("/app/*", this::requireSignIn);
        app.before("/app", this::requireSignIn);
        app.get("/", ctx -> ctx.html(templates.render("home", Map.of("title", "Infusionsoft"))));
        // Like the real site, a signed-in user who follows a Log In link goes straight to the app.
        app.get("/login", ctx -> {
            if (sessions.user(ctx).isPresent()) {
                ctx.redirect(Sessions.safeDestination(ctx.queryParam("destination"), "/app/dashboard"));
            } else {
                showLogin(ctx, "", "");
            }
        });
        app.post("/login", this::login);
        app.get("/logout", ctx -> {
            sessions.signOut(ctx);
            ctx.redirect("/");
        });
        app.get("/app", ctx -> ctx.redirect("/app/dashboard"));
        app.get("/app/dashboard", ctx -> ctx.html(templates.render("dashboard", shell(ctx, "Dashboard"))));
        app.get("/app/nav/{page}", this::placeholder);
        app.get("/app/settings", ctx -> settings(ctx, null));
        app.get("/app/settings/{category}", ctx -> settings(ctx, ctx.pathParam("category")));
        app.post("/app/settings/{category}", this::saveSettings);
    }

    private void requireSignIn(Context ctx) {
        if (sessions.user(ctx).isEmpty()) {
            String destination = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/login?destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
            ctx.skipRemainingHandlers();
        }
    }

    private void showLogin(Context ctx, String email, String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Log In");
        model.put("email", email);
        model.put("error", error);
        model.put("destination", Sessions.safeDestination(ctx.queryParam("destination"), ""));
        ctx.html(templates.render("login", model));
    }

    private void login(Context ctx) {
        String email = Optional.ofNullable(ctx.formParam("email")).orElse("").trim();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Account account = SeededAccounts.INFUSIONSOFT_USER;
        if (email.equalsIgnoreCase(account.username()) && password.equals(account.password())) {
            sessions.signIn(ctx, account.username());
            ctx.redirect(Sessions.safeDestination(ctx.formParam("destination"), "/app/dashboard"));
            return;
        }
        ctx.status(HttpStatus.UNAUTHORIZED);
        String error = email.isEmpty() || password.isEmpty()
                ? "Please enter your email and password."
                : "The email or password you entered is incorrect.";
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Log In");
        model.put("email", email);
        model.put("error", error);
        model.put("destination", Sessions.safeDestination(ctx.formParam("destination"), ""));
        ctx.html(templates.render("login", model));
    }

    private void placeholder(Context ctx) {
        String page = ctx.pathParam("page");
        String title = menuLabelFor("/app/nav/" + page).orElse(null);
        if (title == null) {
            ctx.status(HttpStatus.NOT_FOUND).html(templates.render("not-found", Map.of("title", "Page not found")));
            return;
        }
        Map<String, Object> model = shell(ctx, title);
        ctx.html(templates.render("app-placeholder", model));
    }

    private void settings(Context ctx, String slug) {
        Map<String, Object> model = shell(ctx, profile.label("settingsTitle"));
        List<Map<String, Object>> categories = new ArrayList<>();
        SettingsCatalog.Category current = null;
        for (SettingsCatalog.Category category : SettingsCatalog.listed(profile)) {
            boolean selected = category.slug().equals(slug);
            if (selected) {
                current = category;
            }
            categories.add(Map.of("label", profile.label(category.labelKey()),
                    "href", "/app/settings/" + category.slug(), "selected", selected));
        }
        if (slug != null && current == null) {
            ctx.status(HttpStatus.NOT_FOUND).html(templates.render("not-found", Map.of("title", "Page not found")));
            return;
        }
        model.put("categories", categories);
        model.put("notice", sessions.takeFlash(ctx));
        if (current != null) {
            model.put("category", categoryModel(current));
        }
        ctx.html(templates.render("settings", model));
    }

    private Map<String, Object> categoryModel(SettingsCatalog.Category category) {
        Map<String, String> values = state.settings(category.slug());
        List<Map<String, Object>> sections = new ArrayList<>();
        int index = 0;
        for (SettingsCatalog.Section section : category.sections()) {
            List<Map<String, Object>> fields = new ArrayList<>();
            for (SettingsCatalog.Field field : section.fields()) {
                Map<String, Object> f = new LinkedHashMap<>();
                String value = values.getOrDefault(field.name(), "");
                f.put("id", "setting-" + field.name());
                f.put("name", field.name());
                f.put("label", field.label() + ":");
                f.put("value", value);
                f.put("text", field.kind() == SettingsCatalog.Kind.TEXT);
                f.put("checkbox", field.kind() == SettingsCatalog.Kind.CHECKBOX);
                f.put("checked", "on".equals(value));
                f.put("select", field.kind() == SettingsCatalog.Kind.SELECT);
                f.put("options", field.options().stream()
                        .map(o -> Map.of("option", o, "selected", o.equals(value))).toList());
                fields.add(f);
            }
            sections.add(Map.of("title", section.title(), "index", index++, "fields", fields));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("slug", category.slug());
        model.put("label", profile.label(category.labelKey()));
        model.put("sections", sections);
        if (category.slug().equals(profile.apiCategory())) {
            Map<String, Object> api = new LinkedHashMap<>();
            api.put("passphrase", state.passphraseSet() ? UNCHANGED_PASSPHRASE : "");
            api.put("encryptedKey", state.shownEncryptedKey());
            api.put("allowedIpList", state.allowedIpList());
            api.put("masked", profile.secretsMaskedBehindShow());
            model.put("api", api);
        }
        return model;
    }

    private void saveSettings(Context ctx) {
        String slug = ctx.pathParam("category");
        Optional<SettingsCatalog.Category> category = SettingsCatalog.category(slug)
                .filter(SettingsCatalog.listed(profile)::contains);
        if (category.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).html(templates.render("not-found", Map.of("title", "Page not found")));
            return;
        }
        String section = Optional.ofNullable(ctx.formParam("section")).orElse("");
        if (section.equals("api") && slug.equals(profile.apiCategory())) {
            String passphrase = ctx.formParam("apiPassphrase");
            if (UNCHANGED_PASSPHRASE.equals(passphrase)) {
                passphrase = null;
            }
            state.saveApiSettings(passphrase, Optional.ofNullable(ctx.formParam("allowedIpList")).orElse(""));
        } else {
            int index = parseIndex(section);
            List<SettingsCatalog.Section> sections = category.get().sections();
            if (index >= 0 && index < sections.size()) {
                List<SettingsCatalog.Field> fields = sections.get(index).fields();
                Map<String, String> submitted = new LinkedHashMap<>();
                for (SettingsCatalog.Field field : fields) {
                    String value = ctx.formParam(field.name());
                    if (value != null) {
                        submitted.put(field.name(), value.trim());
                    }
                }
                state.saveSettings(slug, fields, submitted);
            }
        }
        sessions.flash(ctx, profile.label("settingsSaved"));
        ctx.redirect("/app/settings/" + slug);
    }

    private static int parseIndex(String section) {
        try {
            return Integer.parseInt(section);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The model every app page shares: the top bar, the app menu and the signed-in user. */
    private Map<String, Object> shell(Context ctx, String title) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("user", sessions.user(ctx).orElse(""));
        model.put("menuColumns", menuColumns());
        return model;
    }

    private List<Map<String, Object>> menuColumns() {
        List<Map<String, Object>> columns = new ArrayList<>();
        columns.add(column("columnMyNav", List.of(), List.of(link(profile.label("menuEdit"), "/app/nav/my-nav")), true));
        columns.add(column("columnCrm", links("Contacts", "Companies", "Opportunities", "Referral Partners", "Visitors"),
                footer("crm", "contacts"), false));
        columns.add(column("columnMarketing", links("Campaign Builder", "Email Broadcasts", "Lead Generation", "Templates", "Legacy"),
                footer("marketing", "email"), false));
        columns.add(column("columnEcommerce", links("E-Commerce Setup", "Orders", "Products", "Actions", "Promotions", "Legacy"),
                footer("ecommerce", "orders"), false));
        columns.add(column("columnAdmin", links("Branding Center", "Billing & Account Info", "Users", "Import Data", "Data Cleanup"),
                List.of(link(profile.label("menuReports"), "/app/nav/admin-reports"), link(profile.label("menuSettings"), "/app/settings")),
                false));
        return columns;
    }

    private Map<String, Object> column(String labelKey, List<Map<String, String>> links, List<Map<String, String>> footer, boolean myNav) {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("heading", profile.label(labelKey));
        column.put("links", links);
        column.put("footer", footer);
        column.put("myNav", myNav);
        return column;
    }

    private List<Map<String, String>> footer(String column, String settingsCategory) {
        return List.of(link(profile.label("menuReports"), "/app/nav/" + column + "-reports"),
                link(profile.label("menuSettings"), "/app/settings/" + settingsCategory));
    }

    private static List<Map<String, String>> links(String... labels) {
        List<Map<String, String>> links = new ArrayList<>();
        for (String label : labels) {
            links.add(link(label, "/app/nav/" + slug(label)));
        }
        return links;
    }

    private static Map<String, String> link(String label, String href) {
        return Map.of("label", label, "href", href);
    }

    private static String slug(String label) {
        return label.toLowerCase().replace("&", "and").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private Optional<String> menuLabelFor(String href) {
        for (Map<String, Object> column : menuColumns()) {
            for (String key : List.of("links", "footer")) {
                @SuppressWarnings("unchecked")
                List<Map<String, String>> links = (List<Map<String, String>>) column.get(key);
                for (Map<String, String> link : links) {
                    if (link.get("href").equals(href)) {
                        String label = link.get("label");
                        return Optional.of(key.equals("footer") ? column.get("heading") + " " + label : label);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
