package dev.guidecheck.pages;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A label the guide names is not where the page object looked, nor anywhere one click away; says
 * what was searched, where, and the nearest labels shown there (or everything shown, when nothing is
 * near), so a docs writer can fix the guide without opening a browser.
 */
public final class LabelNotFoundException extends RuntimeException {

    private final String label;
    private final String where;
    private final List<String> found;
    private final List<String> nearest;
    private final Remedy remedy;

    public LabelNotFoundException(String label, String where, List<String> found) {
        this(label, where, found, NearestLabels.to(label, found), null);
    }

    /**
     * The same finding, with a rename the page object proved by structure (the link that reads
     * otherwise still leads where the label led); the message is unchanged.
     */
    LabelNotFoundException(LabelNotFoundException e, Remedy.Rename proven) {
        this(e.label, e.where, e.found, e.nearest, proven);
    }

    private LabelNotFoundException(String label, String where, List<String> found, List<String> nearest, Remedy remedy) {
        super("no \"" + label + "\" in " + where + (nearest.isEmpty()
                ? (found.isEmpty() ? ", which shows nothing" : ", nor anything like it; it shows: " + quoted(found))
                : "; nearest: " + quoted(nearest)));
        this.label = label;
        this.where = where;
        this.found = List.copyOf(found);
        this.nearest = nearest;
        this.remedy = remedy != null ? remedy : NearestLabels.remedy(label, nearest, found);
    }

    /** The rename when one label is clearly nearest (or proven), otherwise why none is certain. */
    public Remedy remedy() {
        return remedy;
    }

    public String label() {
        return label;
    }

    public String where() {
        return where;
    }

    /** Every label shown where the page object looked, in page order. */
    public List<String> found() {
        return found;
    }

    /** Up to three of {@link #found()} that look like the label, nearest first. */
    public List<String> nearest() {
        return nearest;
    }

    static String quoted(List<String> labels) {
        return labels.stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(", "));
    }
}
