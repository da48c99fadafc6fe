package dev.guidecheck.pages;

/** A screen where a guide can say "record the X". */
public interface Readable {

    /** The value shown for a labelled field: an input's value, or the text of the value cell. */
    String read(String fieldLabel);

    /** Whether the labelled field holds a secret (a key, a password) that evidence must mask. */
    default boolean isSecret(String fieldLabel) {
        return false;
    }
}
