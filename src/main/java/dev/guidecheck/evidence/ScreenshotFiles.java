package dev.guidecheck.evidence;

import dev.guidecheck.AtomicFiles;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Writes a captured screenshot where the guide says its image lives, under a root directory it may never
 * leave, and atomically, so a reader (a report, a diff, a person) never sees half an image.
 */
public final class ScreenshotFiles {

    /** A URL rather than a path ("https:", "file:", "C:"): there is no file under the root to write. */
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private ScreenshotFiles() {
    }

    /**
     * Writes {@code png} to the file that {@code imagePath} names under {@code root}, creating its folders,
     * replacing an older file in one step.
     *
     * @param imagePath as written in the guide, e.g. {@code /assets/img/elements/infusionsoft/admin-settings.png};
     *                  a leading slash means "from the root"
     * @return the file written
     * @throws IllegalArgumentException naming the path when it is not a file under the root
     * @throws IOException              when writing fails; no partial file is left behind
     */
    public static Path write(Path root, String imagePath, byte[] png) throws IOException {
        Path target = resolve(root, imagePath);
        Files.createDirectories(target.getParent());
        refuseSymlinkEscape(root, target.getParent(), imagePath);
        return AtomicFiles.replaceKeepingMode(target, png);
    }

    /**
     * The file under {@code root} that a guide's image path names, without touching the disk.
     *
     * @throws IllegalArgumentException naming the path when it normalises outside the root or is no path
     */
    public static Path resolve(Path root, String imagePath) {
        if (imagePath == null || imagePath.isBlank()) {
            throw new IllegalArgumentException("an image path is empty");
        }
        // The guide writes URL paths: "%2e%2e" is ".." to the web server that serves the docs, so to us too.
        String decoded = URLDecoder.decode(imagePath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (SCHEME.matcher(decoded).find() || decoded.indexOf('\\') >= 0 || decoded.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("the image path " + imagePath + " is not a path under " + root);
        }
        String relative = decoded.replaceFirst("^/+", "");
        Path base = root.toAbsolutePath().normalize();
        Path target;
        try {
            target = base.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("the image path " + imagePath + " is not a valid path", e);
        }
        if (!target.startsWith(base) || target.equals(base)) {
            throw new IllegalArgumentException("the image path " + imagePath + " leads outside " + root);
        }
        return target;
    }

    /** A symbolic link inside the root could still lead the write outside it. */
    private static void refuseSymlinkEscape(Path root, Path parent, String imagePath) throws IOException {
        if (!parent.toRealPath().startsWith(root.toRealPath())) {
            throw new IllegalArgumentException("the image path " + imagePath + " leads outside " + root
                    + " through a symbolic link");
        }
    }
}
