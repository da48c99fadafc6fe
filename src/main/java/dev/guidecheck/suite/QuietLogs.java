package dev.guidecheck.suite;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the console to guidecheck's own lines: the embedded servers (Jetty, Javalin, through SLF4J) and
 * the browser libraries (Selenium, through java.util.logging) say only warnings, unless
 * {@code guidecheck.verbose=true} asks for everything they say. Public for the project's own programs that
 * drive browsers outside a run (the benchmark).
 */
public final class QuietLogs {

    private static final String SLF4J_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    /**
     * Selenium warns when it carries no protocol classes for the browser's exact version; DevToolsChannel then
     * speaks the nearest version it carries, so the warning only alarms. Held here: java.util.logging keeps
     * loggers weakly, and a collected one forgets its level.
     */
    private static final Logger CDP_VERSION = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private QuietLogs() {
    }

    /** Must run before the first server starts: SLF4J reads its level once. */
    public static void configure(boolean verbose) {
        if (System.getProperty(SLF4J_LEVEL) == null || verbose) {
            System.setProperty(SLF4J_LEVEL, verbose ? "info" : "warn");
        }
        Level level = verbose ? Level.INFO : Level.WARNING;
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(level);
        }
        CDP_VERSION.setLevel(verbose ? Level.INFO : Level.SEVERE);
    }
}
