package dev.guidecheck.replica;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * Sign-in and one-shot notices, kept in the servlet session. Each session remembers the state
 * generation it signed in under, so {@link Replica#reset()} signs everyone out without reaching into
 * Jetty's session store.
 */
final class Sessions {

    private static final String USER = "user";
    private static final String GENERATION = "generation";
    private static final String FLASH = "flash";

    private final ReplicaState state;

    Sessions(ReplicaState state) {
        this.state = state;
    }

    /** Before every request: a session from before the last reset is dropped. */
    void dropStale(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            Object generation = session.getAttribute(GENERATION);
            if (generation == null || (long) generation != state.generation()) {
                session.invalidate();
            }
        }
    }

    void signIn(Context ctx, String username) {
        HttpSession old = ctx.req().getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = ctx.req().getSession(true);
        session.setAttribute(GENERATION, state.generation());
        session.setAttribute(USER, username);
    }

    void signOut(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    Optional<String> user(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(USER));
    }

    void flash(Context ctx, String message) {
        HttpSession session = ctx.req().getSession(true);
        session.setAttribute(GENERATION, state.generation());
        session.setAttribute(FLASH, message);
    }

    /** The notice left by the previous request, shown once. */
    String takeFlash(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session == null) {
            return "";
        }
        Object message = session.getAttribute(FLASH);
        session.removeAttribute(FLASH);
        return message == null ? "" : (String) message;
    }

    /** Only a local path may be a sign-in destination, so the login form cannot be used to bounce elsewhere. */
    static String safeDestination(String destination, String fallback) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//") || destination.contains("\\")) {
            return fallback;
        }
        return destination;
    }
}
