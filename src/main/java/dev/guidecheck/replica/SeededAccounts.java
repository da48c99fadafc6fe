package dev.guidecheck.replica;

import dev.guidecheck.Account;

/**
 * The sign-ins the replica is seeded with. This is where the replica's passwords are defined; they
 * exist only for this local stand-in, are never printed, and the server never logs request bodies.
 */
public final class SeededAccounts {

    /** The Infusionsoft app user (www.infusionsoft.com sign-in). */
    public static final Account INFUSIONSOFT_USER =
            new Account("admin@awesome-docs.example", "Replica-Infusionsoft-2017!");

    /** The developer portal member (keys.developer.infusionsoft.com sign-in). */
    public static final Account DEVELOPER =
            new Account("developer@awesome-docs.example", "Replica-Portal-2017!");

    private SeededAccounts() {
    }

    /** The seeded account for a site. */
    public static Account of(Site site) {
        return site == Site.INFUSIONSOFT ? INFUSIONSOFT_USER : DEVELOPER;
    }
}
