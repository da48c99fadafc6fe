package dev.guidecheck.suite;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the console to guidecheck's own lines: the embedded servers (Jetty, Javalin, through SLF4J) and
 * the browser libraries (Selenium, through java.util.logging) say only warnings, unless
 * {@code guidecheck.verbose=true} asks for everything they say.
 */
final class QuietLogs {

    private static final String SLF4J_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private QuietLogs() {
    }

    /** Must run before the first server starts: SLF4J reads its level once. */
    static void configure(boolean verbose) {
        if (System.getProperty(SLF4J_LEVEL) == null || verbose) {
            System.setProperty(SLF4J_LEVEL, verbose ? "info" : "warn");
        }
        Level level = verbose ? Level.INFO : Level.WARNING;
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(level);
        }
    }
}
