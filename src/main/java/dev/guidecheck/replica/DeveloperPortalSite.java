package dev.guidecheck.replica;

import dev.guidecheck.Account;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of the developer key portal: sign-in, My API Keys with the Credentials of each key,
 * the applications list and edit form, registering an application, and Manage Account.
 */
final class DeveloperPortalSite {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** What a hidden client_secret shows instead: ten mask characters, as the later portal does. */
    static final String HIDDEN_SECRET = "\u2022".repeat(10);

    private static final String KEYS_SEEN = "keysSeen";

    private final ReplicaState state;
    private final ReplicaProfile profile;
    private final Templates templates;
    private final Sessions sessions;

    DeveloperPortalSite(ReplicaState state, ReplicaProfile profile, Templates templates) {
        this.state = state;
        this.profile = profile;
        this.templates = templates;
        this.sessions = new Sessions(state);
    }

    void addRoutes(Javalin app) {
        app.before(sessions::dropStale);
        for (String guarded : List.of("/apps", "/apps/*", "/member/*")) {
            app.before(guarded, this::requireSignIn);
        }
        app.get("/", ctx -> ctx.html(templates.render("portal-home", portal(ctx, "Infusionsoft Developer Keys", ""))));
        app.get("/login", ctx -> showLogin(ctx, "", "", HttpStatus.OK));
        app.post("/login", this::login);
        app.get("/logout", ctx -> {
            sessions.signOut(ctx);
            ctx.redirect("/");
        });
        app.get("/apps", ctx -> showRegister(ctx, Map.of(), "", HttpStatus.OK));
        app.post("/apps", this::register);
        app.get("/apps/mykeys", this::myKeys);
        app.get("/apps/mykeys/{id}/report", this::report);
        app.get("/apps/mykeys/{id}/delete", this::confirmDelete);
        app.post("/apps/mykeys/{id}/delete", this::delete);
        app.get("/apps/myapps", this::myApps);
        app.get("/apps/myapps/{id}/edit", ctx -> showEdit(ctx, null, "", HttpStatus.OK));
        app.post("/apps/myapps/{id}/edit", this::saveEdit);
        app.get("/member/edit", ctx -> {
            Map<String, Object> model = portal(ctx, profile.label("manageAccountTab"), "manageAccount");
            model.put("email", SeededAccounts.DEVELOPER.username());
            ctx.html(templates.render("portal-account", model));
        });
        app.post("/member/edit", ctx -> {
            sessions.flash(ctx, "The changes have been saved.");
            ctx.redirect("/member/edit");
        });
    }

    private void requireSignIn(Context ctx) {
        if (sessions.user(ctx).isEmpty()) {
            String destination = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/login?destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
            ctx.skipRemainingHandlers();
        }
    }

    private void showLogin(Context ctx, String name, String error, HttpStatus status) {
        Map<String, Object> model = portal(ctx, profile.label("portalSignIn"), "");
        model.put("name", name);
        model.put("error", error);
        model.put("destination", Sessions.safeDestination(
                Optional.ofNullable(ctx.queryParam("destination")).orElse(ctx.formParam("destination")), ""));
        ctx.status(status).html(templates.render("portal-login", model));
    }

    private void login(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").trim();
        String pass = Optional.ofNullable(ctx.formParam("pass")).orElse("");
        Account account = SeededAccounts.DEVELOPER;
        if (name.equalsIgnoreCase(account.username()) && pass.equals(account.password())) {
            sessions.signIn(ctx, account.username());
            ctx.redirect(Sessions.safeDestination(ctx.formParam("destination"), "/apps/mykeys"));
            return;
        }
        showLogin(ctx, name, name.isEmpty() || pass.isEmpty()
                ? "Username/Email and Password are required."
                : "Sorry, unrecognized username or password.", HttpStatus.UNAUTHORIZED);
    }

    private void myKeys(Context ctx) {
        Map<String, Object> model = portal(ctx, profile.label("myKeysTitle"), "keys");
        // A secret rotated since is shown once more, on the session's first view: a reload shows the current one.
        boolean firstView = ctx.sessionAttribute(KEYS_SEEN) == null;
        ctx.sessionAttribute(KEYS_SEEN, Boolean.TRUE);
        List<Map<String, Object>> keys = new ArrayList<>();
        for (DeveloperApplication app : state.applications()) {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("id", app.id());
            key.put("application", app.name());
            key.put("clientId", app.clientId());
            // a profile may hide the secret until its Show button asks for this key's page with ?show=<id>
            boolean hidden = profile.secretsMaskedBehindShow() && !app.id().equals(ctx.queryParam("show"));
            key.put("clientSecret", hidden ? HIDDEN_SECRET : state.shownClientSecret(app, firstView));
            key.put("hidden", hidden);
            key.put("status", app.status());
            key.put("created", RelativeTime.ago(app.created(), state.clock().instant()));
            key.put("createdExact", CREATED.format(app.created()));
            keys.add(key);
        }
        model.put("keys", keys);
        model.put("noKeys", keys.isEmpty());
        ctx.html(templates.render("portal-mykeys", model));
    }

    private void report(Context ctx) {
        Optional<DeveloperApplication> app = state.application(ctx.pathParam("id"));
        if (app.isEmpty()) {
            notFound(ctx);
            return;
        }
        Map<String, Object> model = portal(ctx, "Key Report", "keys");
        model.put("application", app.get().name());
        ctx.html(templates.render("portal-report", model));
    }

    private void confirmDelete(Context ctx) {
        Optional<DeveloperApplication> app = state.application(ctx.pathParam("id"));
        if (app.isEmpty()) {
            notFound(ctx);
            return;
        }
        Map<String, Object> model = portal(ctx, "Delete Key", "keys");
        model.put("id", app.get().id());
        model.put("application", app.get().name());
        ctx.html(templates.render("portal-delete", model));
    }

    private void delete(Context ctx) {
        if (state.deleteKey(ctx.pathParam("id"))) {
            sessions.flash(ctx, "The key has been deleted.");
        }
        ctx.redirect("/apps/mykeys");
    }

    private void myApps(Context ctx) {
        Map<String, Object> model = portal(ctx, "My Applications", "applications");
        List<Map<String, Object>> apps = new ArrayList<>();
        for (DeveloperApplication app : state.applications()) {
            apps.add(Map.of("id", app.id(), "name", app.name(), "website", app.website(),
                    "created", CREATED.format(app.created()), "plan", profile.label("plan")));
        }
        model.put("applications", apps);
        model.put("noApplications", apps.isEmpty());
        ctx.html(templates.render("portal-myapps", model));
    }

    private void showEdit(Context ctx, Map<String, String> submitted, String error, HttpStatus status) {
        Optional<DeveloperApplication> app = state.application(ctx.pathParam("id"));
        if (app.isEmpty()) {
            notFound(ctx);
            return;
        }
        Map<String, Object> model = portal(ctx, "Edit Application", "applications");
        Map<String, String> form = submitted != null ? submitted : Map.of(
                "name", app.get().name(), "website", app.get().website(),
                "description", app.get().description(), "callbackUrl", app.get().callbackUrl());
        model.put("form", form);
        model.put("id", app.get().id());
        model.put("application", app.get().name());
        model.put("clientId", app.get().clientId());
        model.put("status", app.get().status());
        model.put("error", error);
        ctx.status(status).html(templates.render("portal-edit", model));
    }

    private void saveEdit(Context ctx) {
        Map<String, String> form = applicationForm(ctx);
        String error = validate(form);
        if (!error.isEmpty()) {
            showEdit(ctx, form, error, HttpStatus.BAD_REQUEST);
            return;
        }
        Optional<DeveloperApplication> saved = state.edit(ctx.pathParam("id"), form.get("name"), form.get("website"),
                form.get("description"), form.get("callbackUrl"));
        if (saved.isEmpty()) {
            notFound(ctx);
            return;
        }
        sessions.flash(ctx, "Your application " + saved.get().name() + " has been saved.");
        ctx.redirect("/apps/myapps");
    }

    private void showRegister(Context ctx, Map<String, String> form, String error, HttpStatus status) {
        Map<String, Object> model = portal(ctx, "Register an Application", "");
        model.put("form", form);
        model.put("error", error);
        model.put("plan", profile.label("plan"));
        ctx.status(status).html(templates.render("portal-register", model));
    }

    private void register(Context ctx) {
        Map<String, String> form = applicationForm(ctx);
        String error = validate(form);
        if (!error.isEmpty()) {
            showRegister(ctx, form, error, HttpStatus.BAD_REQUEST);
            return;
        }
        DeveloperApplication app = state.register(form.get("name"), form.get("website"), form.get("description"), form.get("callbackUrl"));
        sessions.flash(ctx, "Your application " + app.name() + " has been registered. A key was issued for "
                + profile.label("plan") + ".");
        ctx.redirect("/apps/mykeys");
    }

    private static Map<String, String> applicationForm(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("name", "website", "description", "callbackUrl")) {
            form.put(field, Optional.ofNullable(ctx.formParam(field)).orElse("").trim());
        }
        return form;
    }

    /** The portal's form checks: required fields and web addresses; an empty message means valid. */
    private String validate(Map<String, String> form) {
        List<String> problems = new ArrayList<>();
        if (form.get("name").isEmpty()) {
            problems.add("Name of your application field is required.");
        } else if (form.get("name").length() > 128) {
            problems.add("Name of your application cannot be longer than 128 characters.");
        }
        if (form.get("website").isEmpty()) {
            problems.add("Web Site field is required.");
        } else if (!isWebAddress(form.get("website"))) {
            problems.add("Web Site must be a web address starting with http:// or https://.");
        }
        if (!form.get("callbackUrl").isEmpty() && !isWebAddress(form.get("callbackUrl"))) {
            problems.add(profile.label("registerCallbackUrl") + " must be a web address starting with http:// or https://.");
        }
        if (form.get("description").length() > 2000) {
            problems.add("Description cannot be longer than 2000 characters.");
        }
        return String.join(" ", problems);
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void notFound(Context ctx) {
        ctx.status(HttpStatus.NOT_FOUND).html(templates.render("not-found", Map.of("title", "Page not found")));
    }

    /** The model every portal page shares: title, signed-in user, active tab and a one-shot notice. */
    private Map<String, Object> portal(Context ctx, String title, String tab) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        Optional<String> user = sessions.user(ctx);
        model.put("signedIn", user.isPresent());
        model.put("user", user.orElse(""));
        model.put("notice", sessions.takeFlash(ctx));
        model.put("tabKeys", tab.equals("keys"));
        model.put("tabApplications", tab.equals("applications"));
        model.put("tabManageAccount", tab.equals("manageAccount"));
        model.put("showTabs", !tab.isEmpty());
        return model;
    }
}
