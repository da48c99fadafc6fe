package dev.guidecheck.evidence;

/** A screen that kept changing between captures, so no picture of it would be the same on the next run. */
public final class UnstableScreenException extends RuntimeException {

    public UnstableScreenException(String message) {
        super(message);
    }
}
