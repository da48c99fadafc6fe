package dev.guidecheck.pages;

/** A step would delete or revoke something real (an API key); page objects never do that on their own. */
public final class DestructiveActionRefusedException extends RuntimeException {

    public DestructiveActionRefusedException(String label, String where) {
        super("refused to click \"" + label + "\" on " + where + ": it destroys data and is never replayed");
    }
}
