package dev.guidecheck.suite;

/**
 * A test's failure that is the run's, not the guide's (browser, driver, network, sign-in, guidecheck
 * itself): not an assertion, so TestNG and Allure report it broken. No stack trace: the message says
 * what failed.
 */
final class RunBroke extends RuntimeException {

    RunBroke(String message) {
        super(message, null, false, false);
    }
}
