package dev.guidecheck.evidence;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * How much a new capture differs from the image a docs tree holds, and a picture of where: changed pixels
 * in red over a faded copy of the capture, masked boxes (left out of the count) in blue. When the sizes
 * differ, the pixels both images have are compared where they overlap (top left on top left) and the
 * picture says so: what only one of them covers is yellow, so a resized screen reads as a resized
 * screen, not as a solid red block.
 */
public final class ImageDiff {

    static final int CHANGED = 0xFFFF0000;
    static final int EXCLUDED = 0xFF9EC5FE;
    /** Where only one of the two images has pixels (their sizes differ). */
    static final int ONE_SIDE_ONLY = 0xFFFFE08A;

    /**
     * @param fraction changed pixels over the pixels compared (masked boxes are not compared); 1.0 when the
     *                 sizes differ, since the image as a whole cannot stay as it was
     * @param marked   the capture with the changes marked, as large as both images together
     * @param sizes    when the sizes differ, the two sizes and what the picture compares, in words
     */
    public record Result(double fraction, BufferedImage marked, Optional<String> sizes) {
    }

    private ImageDiff() {
    }

    /** Compares pixel by pixel (exact ARGB); {@code excluded} are boxes of {@code capture}, e.g. masks. */
    public static Result compare(BufferedImage baseline, BufferedImage capture, List<Rectangle> excluded) {
        int width = Math.max(capture.getWidth(), baseline.getWidth());
        int height = Math.max(capture.getHeight(), baseline.getHeight());
        boolean sameSize = baseline.getWidth() == capture.getWidth() && baseline.getHeight() == capture.getHeight();
        int cw = capture.getWidth();
        int bw = baseline.getWidth();
        int[] now = Png.argb(capture);
        int[] before = Png.argb(baseline);
        int[] marked = new int[width * height];
        long compared = 0;
        long changed = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                boolean inCapture = x < cw && y < capture.getHeight();
                boolean inBaseline = x < bw && y < baseline.getHeight();
                if (!inCapture || !inBaseline) {
                    marked[i] = inCapture || inBaseline ? ONE_SIDE_ONLY : 0xFFFFFFFF;
                    continue;
                }
                if (isExcluded(excluded, x, y)) {
                    marked[i] = EXCLUDED;
                    continue;
                }
                compared++;
                int pixel = now[y * cw + x];
                if (before[y * bw + x] != pixel) {
                    changed++;
                    marked[i] = CHANGED;
                } else {
                    marked[i] = faded(pixel);
                }
            }
        }
        BufferedImage picture = Png.argbImage(marked, width, height);
        if (sameSize) {
            return new Result(compared == 0 ? 0.0 : (double) changed / compared, picture, Optional.empty());
        }
        String sizes = String.format(java.util.Locale.ROOT, "the sizes differ: the docs tree's image is %dx%d, the"
                        + " capture %dx%d; the picture compares the %dx%d both cover (top left on top left, %.0f%% of"
                        + " those pixels differ) and shows in yellow what only one of them covers",
                baseline.getWidth(), baseline.getHeight(), capture.getWidth(), capture.getHeight(),
                Math.min(baseline.getWidth(), capture.getWidth()), Math.min(baseline.getHeight(), capture.getHeight()),
                compared == 0 ? 100.0 : 100.0 * changed / compared);
        return new Result(1.0, picture, Optional.of(sizes));
    }

    private static boolean isExcluded(List<Rectangle> excluded, int x, int y) {
        for (Rectangle r : excluded) {
            if (r.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    /** Three quarters of the way to white, so red changes stand out and the layout is still recognisable. */
    private static int faded(int argb) {
        int r = 191 + ((argb >> 16) & 0xFF) / 4;
        int g = 191 + ((argb >> 8) & 0xFF) / 4;
        int b = 191 + (argb & 0xFF) / 4;
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
