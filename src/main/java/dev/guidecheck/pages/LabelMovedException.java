package dev.guidecheck.pages;

/**
 * A label the guide names is not where the guide says, but is one click away from there (another
 * column of the app menu, another settings category, another portal tab): says where it is.
 */
public final class LabelMovedException extends RuntimeException {

    private final String label;
    private final String where;
    private final String nowAt;

    /**
     * @param where where the guide says the label is, as the page shows it ("the sections of Application Settings > Application")
     * @param nowAt where the label is instead ("the API category of Application Settings")
     */
    public LabelMovedException(String label, String where, String nowAt) {
        super("no \"" + label + "\" in " + where + "; it is in " + nowAt + ", one click away");
        this.label = label;
        this.where = where;
        this.nowAt = nowAt;
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
