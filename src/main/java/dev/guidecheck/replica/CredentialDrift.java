package dev.guidecheck.replica;

/**
 * How a value the product shows can differ from the value it accepts: the screens still show a credential
 * where the guide says, but it is not the one the provider's endpoints take. What the verification phase
 * exists to catch.
 */
public enum CredentialDrift {
    /** Every credential shown is the one the provider accepts. */
    NONE,
    /**
     * The application's client_secret was rotated; My API Keys shows the old one on its first view in a
     * session (a cached page) and the current one only after a reload.
     */
    STALE_SECRET,
    /** The API section shows the Encrypted Key from before the last passphrase change, not the current one. */
    STALE_ENCRYPTED_KEY,
    /**
     * The edit form's Register Callback URL shows an address the key was never registered with: the portal
     * keeps the field, the authorization server keeps the callback registered when the key was issued.
     */
    UNREGISTERED_CALLBACK
}
