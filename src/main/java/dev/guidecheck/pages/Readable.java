package dev.guidecheck.pages;

import java.util.Optional;

/** A screen where a guide can say "record the X". */
public interface Readable {

    /** The value shown for a labelled field: an input's value, or the text of the value cell. */
    String read(String fieldLabel);

    /** Whether the labelled field holds a secret (a key, a password) that evidence must mask. */
    default boolean isSecret(String fieldLabel) {
        return false;
    }

    /**
     * The control beside the labelled value that reveals it, in words ("a Show button"), when the page
     * hides the value until it is clicked; empty when nothing there reveals anything.
     */
    default Optional<String> revealedBy(String fieldLabel) {
        return Optional.empty();
    }
}
