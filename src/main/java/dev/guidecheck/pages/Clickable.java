package dev.guidecheck.pages;

/** A screen where a guide can say "click X". */
public interface Clickable {

    /** Clicks the thing labelled {@code label} and returns the screen the browser lands on. */
    Screen click(String label);
}
