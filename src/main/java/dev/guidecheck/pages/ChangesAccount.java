package dev.guidecheck.pages;

/**
 * A screen whose buttons can change the account they act on (save a passphrase, register an
 * application, save a callback URL). A read-only run checks such a button without clicking it.
 */
public interface ChangesAccount {

    /** Whether clicking {@code label} here would change the account. */
    boolean changesAccount(String label);

    /**
     * Checks that {@code label} is there and enabled, without clicking it.
     *
     * @throws LabelNotFoundException when it is not there
     * @throws IllegalStateException  when it is there but disabled
     */
    void checkClickable(String label);
}
