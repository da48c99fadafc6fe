package dev.guidecheck.pages;

/**
 * A label the guide names is not where the guide says, but is one click away from there (another
 * column of the app menu, another settings category, another portal tab): says where it is.
 */
public final class LabelMovedException extends RuntimeException {

    private final String label;
    private final String where;
    private final String nowAt;
    private final Remedy remedy;

    /**
     * @param where where the guide says the label is, as the page shows it ("the sections of Application Settings > Application")
     * @param nowAt where the label is instead ("the API category of Application Settings")
     */
    public LabelMovedException(String label, String where, String nowAt) {
        this(label, where, nowAt, new Remedy.Unsure("it is in more than one place one click away, or the check cannot tell which place the guide chose"));
    }

    /** The same, with the place the guide chose ({@code from}) and the one the label is in now ({@code to}). */
    public LabelMovedException(String label, String where, String nowAt, String from, String to) {
        this(label, where, nowAt, new Remedy.Relocate(label, from, to));
    }

    private LabelMovedException(String label, String where, String nowAt, Remedy remedy) {
        super("no \"" + label + "\" in " + where + "; it is in " + nowAt + ", one click away");
        this.label = label;
        this.where = where;
        this.nowAt = nowAt;
        this.remedy = remedy;
    }

    /** Where the guide should go instead, when the page object knows which place the guide chose. */
    public Remedy remedy() {
        return remedy;
    }

    public String label() {
        return label;
    }

    public String where() {
        return where;
    }

    public String nowAt() {
        return nowAt;
    }
}
