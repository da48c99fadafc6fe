package dev.guidecheck.pages;

/** A screen made of named sections, where a guide can say "scroll down to the X section". */
public interface Sectioned {

    /** Scrolls the named section into view and returns a screen scoped to it. */
    Screen section(String name);
}
