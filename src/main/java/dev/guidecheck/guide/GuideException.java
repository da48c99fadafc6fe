package dev.guidecheck.guide;

import java.util.Objects;

/**
 * A guide that cannot be read as the site would render it; the message is one line, "file:line: reason",
 * so an author can jump straight to the line to fix. A page that exists but does not render throws this
 * class itself; a problem with the path a user gave throws {@link PageInputException}.
 */
public class GuideException extends RuntimeException {

    private static final int MAX_REASON = 300;

    private final String file;
    private final transient SourceRef where;
    private final String reason;

    GuideException(String file, SourceRef where, String reason, Throwable cause) {
        super((where != null ? where.toString() : file) + ": " + oneLine(reason), cause);
        this.file = file;
        this.where = where;
        this.reason = oneLine(reason);
    }

    /** Reasons quote parser output and guide text, which may span lines; a report line must not. */
    private static String oneLine(String reason) {
        String line = reason.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 3) + "...";
    }

    /** A problem on one line of a file. */
    public static GuideException at(SourceRef where, String reason) {
        return new GuideException(where.file(), Objects.requireNonNull(where), reason, null);
    }

    static GuideException at(SourceRef where, String reason, Throwable cause) {
        return new GuideException(where.file(), Objects.requireNonNull(where), reason, cause);
    }

    /** A problem with a file as a whole, or on a line that cannot be told. */
    public static GuideException inFile(String file, String reason) {
        return new GuideException(Objects.requireNonNull(file), null, reason, null);
    }

    static GuideException inFile(String file, String reason, Throwable cause) {
        return new GuideException(Objects.requireNonNull(file), null, reason, cause);
    }

    /** The file and line the problem was written on; null when the problem is with the file as a whole. */
    public SourceRef where() {
        return where;
    }

    /** The file the problem is in, relative to the docs root. */
    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
