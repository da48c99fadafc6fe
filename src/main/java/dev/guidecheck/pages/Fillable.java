package dev.guidecheck.pages;

/** A form a guide can say to fill in. */
public interface Fillable {

    /** Types {@code value} into the labelled field, replacing what was there; returns this screen. */
    Screen enter(String fieldLabel, String value);

    /**
     * "Complete the required information": fills every required field that is empty with plausible,
     * deterministic values (an application name "Awesome Docs app", https://example.com/ for a web
     * address); returns this screen.
     */
    Screen completeRequiredInformation();
}
