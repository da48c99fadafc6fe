package dev.guidecheck.evidence;

/**
 * A screenshot that must not be published: a secret on it could not be masked, or the mask could not be
 * seen in the pixels. Nothing is written when this is thrown.
 */
public final class RedactionException extends RuntimeException {

    public RedactionException(String message) {
        super(message);
    }
}
