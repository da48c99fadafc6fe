package dev.guidecheck.replica;

import dev.guidecheck.Account;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;

import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Objects;

/**
 * The embedded stand-in for the 2017 Infusionsoft app and its developer key portal: two real HTTP
 * servers on 127.0.0.1, one per site of the guide, sharing one {@link ReplicaState}.
 *
 * <p>It is built on Javalin (Jetty underneath) rather than a hand-rolled handler because the guide's
 * procedures depend on what a real web framework gives for free and a toy server would fake: servlet
 * sessions behind cookies, redirects to sign-in and back, form posts, static files with real MIME
 * types and status codes. Request logging stays off so passwords and keys never reach a log.
 */
public final class Replica {

    /**
     * The shared replicas, per thread and profile: a test thread's replica is reset before each of its
     * procedures, which must never happen under another thread's procedure.
     */
    private static final ThreadLocal<Map<String, Replica>> SHARED = ThreadLocal.withInitial(HashMap::new);

    private final ReplicaProfile profile;
    private final ReplicaState state;
    private final int requestedPort;
    private final Map<Site, Javalin> servers = new EnumMap<>(Site.class);
    /** Page requests answered so far, across both sites: what a flaky profile counts. */
    private final AtomicLong pageRequests = new AtomicLong();

    /** A faithful replica on free ports. */
    public Replica() {
        this(ReplicaProfile.faithful(), 0);
    }

    /**
     * A replica with the given profile; {@code infusionsoftPort} 0 picks free ports, any other value
     * puts the Infusionsoft site there and the developer portal on the next port.
     */
    public Replica(ReplicaProfile profile, int infusionsoftPort) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.requestedPort = infusionsoftPort;
        this.state = new ReplicaState(profile.credentialDrift());
    }

    /** This thread's faithful replica, started on first use and stopped when the JVM exits. */
    public static Replica shared() {
        return shared(ReplicaProfile.faithful());
    }

    /**
     * This thread's replica playing the named profile, started on first use and stopped when the JVM exits:
     * tests running many short runs on one thread share it, as they share the thread's browser.
     */
    public static Replica shared(ReplicaProfile profile) {
        return SHARED.get().computeIfAbsent(profile.name(), name -> {
            Replica replica = new Replica(profile, 0).start();
            Runtime.getRuntime().addShutdownHook(new Thread(replica::stop, "replica-shutdown"));
            return replica;
        });
    }

    public synchronized Replica start() {
        if (!servers.isEmpty()) {
            return this;
        }
        Templates templates = new Templates(profile);
        try {
            Javalin infusionsoft = server(Site.INFUSIONSOFT, templates, profile.faults(), pageRequests);
            new InfusionsoftSite(state, profile, templates).addRoutes(infusionsoft);
            // The provider's other hosts (accounts., api., <app>.infusionsoft.com) share the app's sign-in and
            // account, so the replica serves them on the Infusionsoft site's server: see ProviderEndpoints.
            new AuthorizationServer(state, templates).addRoutes(infusionsoft);
            new LegacyApi(state).addRoutes(infusionsoft);
            servers.put(Site.INFUSIONSOFT, infusionsoft.start("127.0.0.1", requestedPort));
            Javalin portal = server(Site.DEVELOPER_PORTAL, templates, profile.faults(), pageRequests);
            new DeveloperPortalSite(state, profile, templates).addRoutes(portal);
            servers.put(Site.DEVELOPER_PORTAL, portal.start("127.0.0.1", requestedPort == 0 ? 0 : requestedPort + 1));
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return this;
    }

    public synchronized void stop() {
        servers.values().forEach(Javalin::stop);
        servers.clear();
    }

    /** Back to the seeded state; every signed-in session is signed out. */
    public void reset() {
        state.seed();
    }

    public URI infusionsoftOrigin() {
        return origin(Site.INFUSIONSOFT);
    }

    public URI developerPortalOrigin() {
        return origin(Site.DEVELOPER_PORTAL);
    }

    /** The replica URL of a path on one of the sites, e.g. {@code whereIs(DEVELOPER_PORTAL, "/apps/mykeys")}. */
    public URI whereIs(Site site, String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return URI.create(origin(site) + p);
    }

    public ReplicaState state() {
        return state;
    }

    public ReplicaProfile profile() {
        return profile;
    }

    /**
     * Every secret value the replica holds right now, each with what it is ("Encrypted Key", "client_id",
     * "client_secret", "password"), keyed by the value: what any picture or report of a run on the replica
     * must never show. The keys change as the guide is followed; the passwords are the seeded ones.
     */
    public Map<String, String> secretValues() {
        Map<String, String> secrets = new java.util.LinkedHashMap<>(state.secretValues());
        for (Account account : accounts()) {
            secrets.put(account.password(), "password");
        }
        return secrets;
    }

    /** The seeded sign-ins: the Infusionsoft app user, then the developer portal member. */
    public List<Account> accounts() {
        return List.of(SeededAccounts.INFUSIONSOFT_USER, SeededAccounts.DEVELOPER);
    }

    /** The seeded sign-in for one site. */
    public Account account(Site site) {
        return SeededAccounts.of(site);
    }

    private synchronized URI origin(Site site) {
        Javalin server = servers.get(site);
        if (server == null) {
            throw new IllegalStateException("the replica is not running; call start() first");
        }
        return URI.create("http://127.0.0.1:" + server.port());
    }

    private static Javalin server(Site site, Templates templates, ReplicaFaults faults, AtomicLong pageRequests) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.generateEtags = false;
            config.jetty.modifyServletContextHandler(handler -> {
                handler.getSessionHandler().getSessionCookieConfig().setName(site.sessionCookie());
                handler.getSessionHandler().getSessionCookieConfig().setHttpOnly(true);
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/replica-static";
                files.directory = "/replica/static";
                files.location = Location.CLASSPATH;
            });
        });
        if (faults.any()) {
            app.before(ctx -> faults.apply(ctx, pageRequests));
        }
        app.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                ctx.html(templates.render("not-found", Map.of("title", "Page not found")));
            }
        });
        // the message may quote form input, so only the type is shown, and nothing is logged
        app.exception(Exception.class, (e, ctx) -> ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .html(templates.render("error", Map.of("title", "Something went wrong", "type", e.getClass().getSimpleName()))));
        return app;
    }

    @Override
    public String toString() {
        return "Replica[" + profile.name() + " " + (servers.isEmpty() ? "stopped" : infusionsoftOrigin() + " " + developerPortalOrigin()) + "]";
    }
}
