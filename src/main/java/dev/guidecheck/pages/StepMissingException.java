package dev.guidecheck.pages;

/**
 * What a step needs is not on the page the browser shows, but one click away from it: the guide
 * probably skips the step that makes that click, and the message names it.
 */
public final class StepMissingException extends RuntimeException {

    private final String needed;
    private final String missingStep;

    /**
     * @param needed      what the step needs, in words ("\"Applications\"", "the API section")
     * @param where       the page the browser shows
     * @param foundIn     where the needed thing is ("the profile menu")
     * @param missingStep the guide sentence that would make the click ("Open the profile menu")
     */
    public StepMissingException(String needed, String where, String foundIn, String missingStep) {
        super(needed + " is not on " + where + ": it is in " + foundIn
                + ", one click away; the guide may be missing a step \"" + missingStep + "\"");
        this.needed = needed;
        this.missingStep = missingStep;
    }

    public String needed() {
        return needed;
    }

    /** The sentence the guide may be missing. */
    public String missingStep() {
        return missingStep;
    }
}
