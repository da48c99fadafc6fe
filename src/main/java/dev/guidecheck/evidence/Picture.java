package dev.guidecheck.evidence;

import java.util.Objects;
import java.util.Optional;

/**
 * A picture ready to attach: a capture with its secrets masked and every mask seen in the pixels, or a
 * {@link Placeholder} that says why the capture was withheld.
 *
 * @param png      the PNG bytes
 * @param withheld why there is a placeholder instead of a capture; empty for a capture
 */
public record Picture(byte[] png, Optional<String> withheld) {

    public Picture {
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(withheld, "withheld");
    }

    /** A masked and verified capture. */
    public static Picture captured(byte[] png) {
        return new Picture(png, Optional.empty());
    }

    /**
     * A placeholder for the picture named {@code what} ("failure screenshot"), saying {@code why} it was
     * withheld (a sentence naming no secret value).
     */
    public static Picture withheld(String what, String why) {
        String heading = Character.toUpperCase(what.charAt(0)) + what.substring(1) + " withheld";
        String sentence = Character.toUpperCase(why.charAt(0)) + why.substring(1);
        String body = sentence.endsWith(".") ? sentence : sentence + ".";
        return new Picture(Placeholder.png(heading, body + " guidecheck attaches this note instead of a picture"
                + " that could show a secret."), Optional.of(why));
    }
}
