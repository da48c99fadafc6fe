package dev.guidecheck.pages;

/** A screen where a guide can say "scroll down to X". */
public interface Scrollable {

    /** Scrolls the labelled field or heading into view; returns this screen. */
    Screen scrollTo(String label);
}
