package dev.guidecheck.steps;

import java.util.Locale;

/** Why a step failed, in the words a docs writer or an on-call engineer acts on. */
public enum Category {
    /** The guide's label is not on the page where the step acts. */
    LABEL_NOT_FOUND,
    /** The label exists, but elsewhere within one click of where the guide says. */
    LABEL_MOVED,
    /** The field is there but its value is empty, hidden, or not of the expected shape. */
    CREDENTIAL_MISSING,
    /** The step needs something that is not on the current page: the guide probably skips a step. */
    STEP_MISSING,
    /** No binding understands the sentence. */
    UNBOUND_STEP,
    /**
     * A link the guide tells the reader to follow answers an error status (404, 410...) or leads to the
     * site's not-found page: the link in the guide is wrong. Never retried.
     */
    LINK_BROKEN,
    /**
     * The step held, but its screenshot may not be published: its path leads outside the docs root, a
     * secret on it could not be verifiably masked, or (check mode) it changed by more than allowed. Not
     * ENVIRONMENT, which says "not the guide's fault, retry": a retry would meet the same page, and a
     * person must act (fix the path, look at the changes, or make the secret maskable).
     */
    SCREENSHOT,
    /**
     * The credential was found where the guide says, but the provider refuses it (a stale secret, an old key,
     * a callback URL that is not the registered one): the guide leads the reader to a value that does not work.
     */
    CREDENTIAL_INVALID,
    /** Browser, driver, network, login or replica failures: not the guide's fault. */
    ENVIRONMENT;

    /** The id used in reports and Allure categories, e.g. {@code label-not-found}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a failure of this category says the guide (not the run) is wrong. */
    public boolean isGuideFinding() {
        return this != ENVIRONMENT;
    }
}
