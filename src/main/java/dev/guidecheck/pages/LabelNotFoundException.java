package dev.guidecheck.pages;

import java.util.List;

/** A label the guide names is not where the page object looked; says what was there instead. */
public final class LabelNotFoundException extends RuntimeException {

    private final String label;
    private final String where;
    private final List<String> found;

    public LabelNotFoundException(String label, String where, List<String> found) {
        super("no \"" + label + "\" in " + where + "; found: " + (found.isEmpty() ? "nothing" : String.join(", ", found)));
        this.label = label;
        this.where = where;
        this.found = List.copyOf(found);
    }

    public String label() {
        return label;
    }

    public String where() {
        return where;
    }

    public List<String> found() {
        return found;
    }
}
