package dev.guidecheck.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the Chromium and chromedriver executables to start: an explicit setting first, then the system's
 * packages, then (for the driver only) a download; otherwise it fails at once saying what to install.
 *
 * <p>The lookups (the PATH directories, the "is this an executable file" check and the downloader) are
 * given to the constructor so that every branch can be tested on a machine that has everything installed.
 */
public final class DriverResolver {

    /** The setting that names the chromedriver executable. */
    public static final String DRIVER_SETTING = "guidecheck.driver";
    /** The setting that names the Chromium executable. */
    public static final String BROWSER_BINARY_SETTING = "guidecheck.browser.binary";
    /** What a Debian or Ubuntu machine needs, as the failure message tells it. */
    public static final String INSTALL_COMMAND = "apt-get install -y chromium chromium-driver";

    static final Path SYSTEM_DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SYSTEM_BROWSER = Path.of("/usr/bin/chromium");
    static final String DRIVER_NAME = "chromedriver";
    static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final List<Path> searchPath;
    private final Predicate<Path> isExecutable;
    private final DriverDownloader downloader;

    /**
     * @param searchPath   the directories of PATH, in order
     * @param isExecutable whether a path is an executable regular file
     * @param downloader   the last resort for the driver; {@link DriverDownloader#NONE} to never download
     */
    public DriverResolver(List<Path> searchPath, Predicate<Path> isExecutable, DriverDownloader downloader) {
        this.searchPath = List.copyOf(searchPath);
        this.isExecutable = isExecutable;
        this.downloader = downloader;
    }

    /** Looks on this machine: its PATH, its file system, and WebDriverManager as the last resort. */
    public static DriverResolver forThisMachine() {
        return new DriverResolver(pathDirectories(System.getenv("PATH")),
                path -> Files.isRegularFile(path) && Files.isExecutable(path),
                new WebDriverManagerDownloader());
    }

    /** The directories of a PATH value, skipping empty and malformed entries. */
    static List<Path> pathDirectories(String path) {
        List<Path> dirs = new ArrayList<>();
        if (path == null) {
            return dirs;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                dirs.add(Path.of(entry));
            } catch (InvalidPathException e) {
                // A PATH entry we cannot even parse cannot hold the browser; the others still can.
                continue;
            }
        }
        return dirs;
    }

    /**
     * The Chromium executable: {@code explicit} if given, else /usr/bin/chromium, else the first of
     * chromium, chromium-browser, google-chrome on PATH.
     *
     * @param explicit the value of {@value #BROWSER_BINARY_SETTING}, or null
     * @throws BrowserSetupException naming the setting or the install command
     */
    public Path browserBinary(Path explicit) {
        if (explicit != null) {
            return requireExecutable(BROWSER_BINARY_SETTING, explicit);
        }
        if (isExecutable.test(SYSTEM_BROWSER)) {
            return SYSTEM_BROWSER;
        }
        for (String name : BROWSER_NAMES) {
            Optional<Path> found = onPath(name);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new BrowserSetupException("No Chromium found (looked for " + SYSTEM_BROWSER + " and "
                + String.join(", ", BROWSER_NAMES) + " on PATH): install it with `" + INSTALL_COMMAND
                + "` or set -D" + BROWSER_BINARY_SETTING + "=/path/to/chromium");
    }

    /**
     * The chromedriver executable: {@code explicit} if given, else /usr/bin/chromedriver, else chromedriver
     * on PATH, else one that WebDriverManager downloads for {@code browserBinary}.
     *
     * @param explicit      the value of {@value #DRIVER_SETTING}, or null
     * @param browserBinary the browser the driver will start, so a downloaded driver matches it
     * @throws BrowserSetupException naming the setting or the install command
     */
    public Path driver(Path explicit, Path browserBinary) {
        if (explicit != null) {
            return requireExecutable(DRIVER_SETTING, explicit);
        }
        if (isExecutable.test(SYSTEM_DRIVER)) {
            return SYSTEM_DRIVER;
        }
        Optional<Path> onPath = onPath(DRIVER_NAME);
        if (onPath.isPresent()) {
            return onPath.get();
        }
        String downloadFailure;
        try {
            Path downloaded = downloader.chromedriver(browserBinary);
            if (downloaded != null && isExecutable.test(downloaded)) {
                return downloaded;
            }
            downloadFailure = "the download gave no executable file";
        } catch (IOException e) {
            downloadFailure = e.getMessage();
        }
        throw new BrowserSetupException("No chromedriver found (looked for " + SYSTEM_DRIVER + " and "
                + DRIVER_NAME + " on PATH; " + downloadFailure + "): install it with `" + INSTALL_COMMAND
                + "` or set -D" + DRIVER_SETTING + "=/path/to/chromedriver");
    }

    private Path requireExecutable(String setting, Path explicit) {
        if (!isExecutable.test(explicit)) {
            throw new BrowserSetupException(setting + " is set to " + explicit
                    + ", but that is not an executable file: fix or remove -D" + setting);
        }
        return explicit;
    }

    private Optional<Path> onPath(String name) {
        return searchPath.stream()
                .map(dir -> dir.resolve(name))
                .filter(isExecutable)
                .findFirst();
    }
}
