package dev.guidecheck.evidence;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The images a docs tree holds, as baselines for new captures: compares a capture with the image at the
 * same path in the docs root, and in refresh mode replaces it when the difference is above the threshold.
 * Images whose difference is at most the threshold are never written, so a second refresh of the same
 * product leaves every file, byte and time stamp as it was.
 */
public final class Baselines {

    /** How a capture compares with the docs tree's image. */
    public enum Status {
        /** The image differs by at most the threshold; refresh leaves it alone. */
        UNCHANGED,
        /** The image differs by more than the threshold (a size change is a difference of 1.0). */
        CHANGED,
        /**
         * There is no image at that path in the docs root. (There is no separate "missing baseline": a
         * guide that names an image the tree lacks is the same case, and lint already reports it as
         * missing-image; refresh writes it.)
         */
        NEW;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param baseline where the docs tree keeps (or would keep) the image
     * @param fraction changed pixels over compared pixels, masked boxes left out; 1.0 for a new image or a size
     *                 change
     * @param diff     the capture with the changes marked, when there was an image to compare with
     * @param expected the docs tree's image as it is published (its PNG bytes), when there is one
     * @param note     what the diff compares when it cannot compare the images whole (their sizes differ)
     */
    public record Comparison(Status status, Path baseline, double fraction, Optional<BufferedImage> diff,
                             Optional<byte[]> expected, Optional<String> note) {
    }

    /** What refresh did with one capture, and why when it wrote nothing. */
    public record Refresh(Optional<Path> written, Optional<String> note) {
    }

    private final Path docsRoot;
    private final double threshold;
    private final Set<Path> shownThisRun = ConcurrentHashMap.newKeySet();
    /**
     * The docs tree's images last read, decoded, by path: a guide shows the same image at several steps and
     * on several pages (the main job compares 14 captures with 3 images), and decoding one took about as long
     * as comparing with it. Kept while the file's size and time stamp stay as read.
     */
    private final Map<Path, Published> decoded = RecentlyUsed.map(8);

    /** A docs tree's image as read: its bytes, its pixels, and what the file was then. */
    private record Published(byte[] bytes, BufferedImage image, long size, FileTime modified) {
    }

    /** One per run: the first capture of each image in the run is the one refresh may write. */
    public Baselines(Path docsRoot, double threshold) {
        this.docsRoot = docsRoot;
        this.threshold = threshold;
    }

    public Path docsRoot() {
        return docsRoot;
    }

    /**
     * Compares the capture with the image the guide's path names in the docs root.
     *
     * @throws IllegalArgumentException naming the path when it leads outside the docs root
     */
    public Comparison compare(String imagePath, BufferedImage capture, List<Rectangle> masked) {
        Path baseline = ScreenshotFiles.resolve(docsRoot, imagePath);
        if (!Files.isRegularFile(baseline)) {
            return new Comparison(Status.NEW, baseline, 1.0, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Published published;
        try {
            published = read(baseline);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + baseline, e);
        } catch (UncheckedIOException e) {
            // Not a PNG we can read: nothing of it can be kept, so it is as changed as an image can be.
            return new Comparison(Status.CHANGED, baseline, 1.0, Optional.of(capture), Optional.empty(),
                    Optional.of("the docs tree's image is not a PNG guidecheck can read"));
        }
        ImageDiff.Result diff = ImageDiff.compare(published.image(), capture, masked);
        Status status = diff.fraction() > threshold ? Status.CHANGED : Status.UNCHANGED;
        return new Comparison(status, baseline, diff.fraction(), Optional.of(diff.marked()),
                Optional.of(published.bytes()), diff.sizes());
    }

    /** The image as the file holds it now: decoded again only when the file changed since it was last read. */
    private Published read(Path baseline) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(baseline, BasicFileAttributes.class);
        Published known = decoded.get(baseline);
        if (known != null && known.size() == attributes.size() && known.modified().equals(attributes.lastModifiedTime())) {
            return known;
        }
        byte[] bytes = Files.readAllBytes(baseline);
        Published read = new Published(bytes, Png.decode(bytes), attributes.size(), attributes.lastModifiedTime());
        decoded.put(baseline, read);
        return read;
    }

    /**
     * Whether this capture is the first of its image in the run, the one that decides it; the first call
     * for an image claims it.
     */
    public boolean claim(Comparison comparison) {
        return shownThisRun.add(comparison.baseline());
    }

    /**
     * Refresh: writes the capture over the docs tree's image when the comparison says it changed or is new,
     * atomically; otherwise writes nothing. When a guide shows one image at several steps, the first of
     * them in the run decides it ({@link #claim}): later captures of the same image are compared and
     * reported, never written, so two steps showing different screens under one image cannot rewrite it on
     * every refresh.
     */
    public Refresh refresh(String imagePath, BufferedImage capture, Comparison comparison, boolean firstInRun)
            throws IOException {
        if (!firstInRun) {
            return new Refresh(Optional.empty(), comparison.status() == Status.UNCHANGED ? Optional.empty()
                    : Optional.of("not written: an earlier step of this run shows the same image and wrote or kept it;"
                            + " the guide shows two different screens under one image"));
        }
        if (comparison.status() == Status.UNCHANGED) {
            return new Refresh(Optional.empty(), Optional.empty());
        }
        // The docs tree keeps it: the smallest PNG of these pixels (the run's copy is encoded for speed).
        return new Refresh(Optional.of(ScreenshotFiles.write(docsRoot, imagePath, Png.encodeCompact(capture))),
                Optional.empty());
    }
}
