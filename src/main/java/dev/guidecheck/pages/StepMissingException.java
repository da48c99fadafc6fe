package dev.guidecheck.pages;

/**
 * What a step needs is not on the page the browser shows, but one click away from it: the guide
 * probably skips the step that makes that click, and the message names it.
 */
public final class StepMissingException extends RuntimeException {

    private final String needed;
    private final String missingStep;
    private final Remedy remedy;

    /**
     * @param needed      what the step needs, in words ("\"Applications\"", "the API section")
     * @param where       the page the browser shows
     * @param foundIn     where the needed thing is ("the profile menu")
     * @param missingStep the guide sentence that would make the click ("Open the profile menu")
     */
    public StepMissingException(String needed, String where, String foundIn, String missingStep) {
        this(needed, where, foundIn, missingStep, null);
    }

    /**
     * The same, with the missing step as the guide would write it (labels in bold), when the page object
     * knows it: the fix stage inserts it.
     */
    public StepMissingException(String needed, String where, String foundIn, String missingStep, String written) {
        super(needed + " is not on " + where + ": it is in " + foundIn
                + ", one click away; the guide may be missing a step \"" + missingStep + "\"");
        this.needed = needed;
        this.missingStep = missingStep;
        this.remedy = written != null ? new Remedy.InsertStep(written)
                : new Remedy.Unsure("the check cannot write the missing step as a sentence it can replay");
    }

    public Remedy remedy() {
        return remedy;
    }

    public String needed() {
        return needed;
    }

    /** The sentence the guide may be missing. */
    public String missingStep() {
        return missingStep;
    }
}
