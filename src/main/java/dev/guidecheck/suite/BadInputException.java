package dev.guidecheck.suite;

/**
 * A setting or a path the user gave that no run can use: one line naming the setting, or the file and
 * line, said before anything is written (exit status 3).
 */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message, null, false, false);
    }
}
