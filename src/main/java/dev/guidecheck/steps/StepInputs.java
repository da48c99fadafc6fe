package dev.guidecheck.steps;

import dev.guidecheck.Account;
import dev.guidecheck.Sites;
import dev.guidecheck.browser.SavedSession;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a replay needs from outside the guide: where the sites are, who signs in to each, and the
 * values a step types (the API passphrase is a secret; the callback URL is not).
 *
 * @param accounts    the account for each guide origin (e.g. https://www.infusionsoft.com)
 * @param allowWrites whether steps that change the account (save, register) are performed; a
 *                    read-only run checks their controls without clicking them
 * @param session     a saved signed-in session to reuse instead of signing in (live sites with MFA)
 * @param siteSecrets the secret values the sites hold at the moment of asking, each with what it is, keyed
 *                    by the value: masked in every picture and scrubbed from every text, whether a step
 *                    recorded them or not. The replica knows its own; live sites tell nobody (empty).
 */
public record StepInputs(Sites sites, Map<URI, Account> accounts, String apiPassphrase, String callbackUrl,
                         boolean allowWrites, Optional<SavedSession> session, Supplier<Map<String, String>> siteSecrets) {

    /** Inputs for sites that do not tell their secrets (live sites). */
    public StepInputs(Sites sites, Map<URI, Account> accounts, String apiPassphrase, String callbackUrl,
                      boolean allowWrites, Optional<SavedSession> session) {
        this(sites, accounts, apiPassphrase, callbackUrl, allowWrites, session, Map::of);
    }

    /** The account to sign in with for a link the guide gives. */
    public Account accountFor(String guideUrl) {
        URI origin = sites.guideOriginOf(guideUrl).orElseThrow(() -> new StepFailedException(Category.ENVIRONMENT,
                "the guide links to " + guideUrl + ", which is not one of the configured sites"));
        Account account = accounts.get(origin);
        if (account == null) {
            throw new StepFailedException(Category.ENVIRONMENT, "no account is configured for " + origin);
        }
        return account;
    }

    @Override
    public String toString() {
        return "StepInputs[" + sites + ", callbackUrl=" + callbackUrl + "]";
    }
}
