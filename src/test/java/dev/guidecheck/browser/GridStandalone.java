package dev.guidecheck.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Selenium Grid standalone started from the selenium-grid artifact in its own JVM, on 127.0.0.1,
 * driving the system chromedriver and Chromium; for the Grid tests.
 */
public final class GridStandalone implements AutoCloseable {

    /** Where the build copies the Grid's jars (grid/pom.xml). */
    static final Path LIB = Path.of("target", "grid-lib");
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private final Process process;
    private final URI url;
    private final Path log;
    /** The node's temporary folder (its TMPDIR), deleted once the Grid has ended. */
    private final Path tmp;

    private GridStandalone(Process process, URI url, Path log, Path tmp) {
        this.process = process;
        this.url = url;
        this.log = log;
        this.tmp = tmp;
    }

    public static GridStandalone start() throws IOException, InterruptedException {
        if (!Files.isDirectory(LIB)) {
            throw new IllegalStateException(LIB + " is missing: mvn verify copies the Grid's jars there"
                    + " (or run mvn -f grid/pom.xml dependency:copy-dependencies -DoutputDirectory=" + LIB.toAbsolutePath() + ")");
        }
        int port = freePort();
        Path dir = Files.createTempDirectory("guidecheck-grid");
        Path config = dir.resolve("grid.toml");
        String args = String.join("\", \"", BrowserOptions.arguments(true, true));
        Files.writeString(config, """
                [server]
                host = "127.0.0.1"
                port = %d

                [node]
                detect-drivers = false
                max-sessions = 2
                selenium-manager = false

                [[node.driver-configuration]]
                display-name = "Chromium"
                webdriver-executable = "/usr/bin/chromedriver"
                max-sessions = 2
                stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": ["%s"]}}'
                """.formatted(port, args));
        Path log = dir.resolve("grid.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The quick compiler and the serial collector: the Grid's start is mostly the JIT's on 2 cores.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", LIB.toAbsolutePath() + "/*",
                "org.openqa.selenium.grid.Main", "standalone", "--config", config.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // The node's drivers and browsers make their temporary files in a folder of the Grid's own, deleted when it
        // ends: a Chromium the node's driver ended left its socket folder in /tmp every suite run. In /tmp, not in
        // the build: the socket's path must stay under the 108 bytes a Unix socket's path may have.
        Path tmp = Files.createTempDirectory(Path.of("/tmp"), "guidecheck-grid");
        builder.environment().put("TMPDIR", tmp.toString());
        Process process = builder.start();
        GridStandalone grid = new GridStandalone(process, URI.create("http://127.0.0.1:" + port), log, tmp);
        grid.awaitReady();
        return grid;
    }

    public URI url() {
        return url;
    }

    /** Polls /status until the Grid says it is ready; bounded in time, and stops early if the Grid died. */
    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> status = http.send(HttpRequest.newBuilder(url.resolve("/status"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (status.body().replace(" ", "").contains("\"ready\":true")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            // Waiting on the process doubles as the pause between polls and notices a Grid that died.
            if (process.waitFor(250, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the Grid exited with " + process.exitValue() + ": " + Files.readString(log));
            }
        }
        close();
        throw new IllegalStateException("the Grid was not ready within " + READY_WITHIN + ": " + Files.readString(log));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        BrowserSession.deleteQuietly(tmp);
    }
}
