package dev.guidecheck.browser;

import io.github.bonigarcia.wdm.WebDriverManager;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * Gets chromedriver through WebDriverManager, for machines that are online and have Chrome but no driver;
 * bounded in time so that an offline machine fails within seconds instead of hanging.
 */
public final class WebDriverManagerDownloader implements DriverDownloader {

    /**
     * Per HTTP request. WebDriverManager's default is 30 s per request and a resolution makes several,
     * so an offline machine would otherwise wait minutes before saying anything.
     */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(4);

    /** For the whole resolution, whatever WebDriverManager does inside (DNS lookups ignore its timeout). */
    public static final Duration DEADLINE = Duration.ofSeconds(15);

    private final Duration deadline;
    private final UnaryOperator<Path> resolution;

    /** WebDriverManager, bounded by {@link #DEADLINE}. */
    public WebDriverManagerDownloader() {
        this(DEADLINE, WebDriverManagerDownloader::resolve);
    }

    /** For tests: any resolution, bounded by any deadline. */
    WebDriverManagerDownloader(Duration deadline, UnaryOperator<Path> resolution) {
        this.deadline = deadline;
        this.resolution = resolution;
    }

    @Override
    public Path chromedriver(Path browserBinary) throws IOException {
        FutureTask<Path> task = new FutureTask<>(() -> resolution.apply(browserBinary));
        // A daemon thread: if WebDriverManager hangs past the deadline, it must not keep the JVM alive.
        Thread worker = new Thread(task, "guidecheck-webdrivermanager");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new IOException("WebDriverManager found no driver within " + deadline.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IOException("WebDriverManager found no driver: " + firstLine(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while WebDriverManager looked for a driver", e);
        }
    }

    private static Path resolve(Path browserBinary) {
        WebDriverManager wdm = WebDriverManager.chromedriver();
        wdm.config()
                .setTimeout((int) REQUEST_TIMEOUT.toSeconds())
                // Its online-first command list would cost one more timed-out request when offline.
                .setCommandsPropertiesOnlineFirst(false)
                // We pass the path to ChromeDriverService ourselves; no global system property.
                .setAvoidExport(true);
        if (browserBinary != null) {
            // Ask the browser we will really start, not whichever Chrome WebDriverManager finds first.
            wdm.browserVersionDetectionCommand(browserBinary + " --version");
        }
        wdm.setup();
        String path = wdm.getDownloadedDriverPath();
        if (path == null) {
            throw new IllegalStateException("it returned no path");
        }
        return Path.of(path);
    }

    private static String firstLine(Throwable t) {
        String message = t == null || t.getMessage() == null ? String.valueOf(t) : t.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
