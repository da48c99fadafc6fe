package dev.guidecheck.evidence;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A screenshot ready to publish: masked, verified, boxed. The unmasked rendering it was checked against
 * never leaves {@link Screenshots}.
 *
 * @param image      the picture, in 8-bit ARGB
 * @param redactions where each mask is, in the picture's pixels (only those inside the picture)
 * @param captures   how many captures the browser drew for it: one when the page showed that it held still,
 *                   more when captures had to be taken until two agreed
 */
public record Shot(BufferedImage image, List<Redaction> redactions, int captures) {

    /** One masked value: what it was (a credential's name or "a secret field"), and its box in the picture. */
    public record Redaction(String what, Rectangle box) {
    }

    public Shot {
        redactions = List.copyOf(redactions);
    }

    /** The boxes a comparison with another picture leaves out: masks hide values that differ run to run. */
    public List<Rectangle> maskedBoxes() {
        return redactions.stream().map(Redaction::box).toList();
    }
}
