package dev.guidecheck.suite;

/**
 * A test's failure that is a finding about the guide: the guide and the product disagree. An assertion
 * failure to TestNG and Allure (failed, not broken), without a stack trace: the message names the file
 * and line to edit, and a trace into guidecheck would only bury it.
 */
final class GuideFinding extends AssertionError {

    GuideFinding(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
