package dev.guidecheck;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one way guidecheck writes a file: whole, to a temporary file beside it, then renamed over the
 * target, so a reader (a report viewer, a CI step, a person) never sees half a file and a failed write
 * leaves neither a partial target nor a temporary file behind.
 */
public final class AtomicFiles {

    /** Reports, summaries and images: readable by everyone, like any file a build writes. */
    public static final Set<PosixFilePermission> SHARED = PosixFilePermissions.fromString("rw-r--r--");
    /** Files that hold secrets (a saved session's cookies): readable by their owner only. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {
    }

    /** Writes {@code bytes} to {@code target} with the given mode, creating its folder. */
    public static Path write(Path target, byte[] bytes, Set<PosixFilePermission> mode) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // A dot file, so a folder listing or a glob of *.png never picks up a write in progress.
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            setMode(temp, mode);
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so only file systems without atomic rename get here; still replace.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /**
     * Writes {@code bytes} over {@code target} keeping the mode of the file it replaces (an image
     * committed to a docs tree keeps its mode), or {@link #SHARED} for a new file.
     */
    public static Path replaceKeepingMode(Path target, byte[] bytes) throws IOException {
        Set<PosixFilePermission> mode = SHARED;
        if (Files.exists(target)) {
            try {
                mode = Files.getPosixFilePermissions(target);
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default below is ignored there anyway
            }
        }
        return write(target, bytes, mode);
    }

    private static void setMode(Path file, Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(file, mode);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }
}
