package dev.guidecheck.steps;

/** A step that did not hold, with its category and a message a docs writer can act on. */
public final class StepFailedException extends RuntimeException {

    private final Category category;

    public StepFailedException(Category category, String message) {
        super(message);
        this.category = category;
    }

    public StepFailedException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
