package dev.guidecheck.browser;

/**
 * Thrown when no browser can be started; its message is one line that says what to install or set,
 * because it is what a person reads first when a run stops before its first step.
 */
public class BrowserSetupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrowserSetupException(String message) {
        super(message);
    }

    public BrowserSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
