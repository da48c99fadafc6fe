package dev.guidecheck.steps;

/**
 * Raised by a step a read-only run checks but does not perform; the replay reports it as
 * verified-not-performed and does not run the steps that depend on it.
 */
public final class WriteNotPerformedException extends RuntimeException {

    public WriteNotPerformedException(String message) {
        super(message);
    }
}
