package dev.guidecheck.steps;

import dev.guidecheck.pages.Remedy;

import java.util.Optional;

/** A step that did not hold, with its category and a message a docs writer can act on. */
public final class StepFailedException extends RuntimeException {

    private final Category category;
    private final transient Remedy remedy;

    public StepFailedException(Category category, String message) {
        this(category, message, (Remedy) null);
    }

    /** The same, with what the guide's words should become (for the fix stage), or why that is not certain. */
    public StepFailedException(Category category, String message, Remedy remedy) {
        super(message);
        this.category = category;
        this.remedy = remedy;
    }

    public StepFailedException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
        this.remedy = null;
    }

    public Category category() {
        return category;
    }

    public Optional<Remedy> remedy() {
        return Optional.ofNullable(remedy);
    }
}
