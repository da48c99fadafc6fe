package dev.guidecheck.evidence;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * How much a new capture differs from the image a docs tree holds, and a picture of where: changed pixels
 * in red over a faded copy of the capture, masked boxes (left out of the count) in blue.
 */
public final class ImageDiff {

    static final int CHANGED = 0xFFFF0000;
    static final int EXCLUDED = 0xFF9EC5FE;

    /**
     * @param fraction changed pixels over the pixels compared (masked boxes are not compared); 1.0 when the
     *                 sizes differ, since no pixel can be matched to its old place
     * @param marked   the capture with the changes marked
     */
    public record Result(double fraction, BufferedImage marked) {
    }

    private ImageDiff() {
    }

    /** Compares pixel by pixel (exact ARGB); {@code excluded} are boxes of {@code capture}, e.g. masks. */
    public static Result compare(BufferedImage baseline, BufferedImage capture, List<Rectangle> excluded) {
        int width = capture.getWidth();
        int height = capture.getHeight();
        int[] now = capture.getRGB(0, 0, width, height, null, 0, width);
        boolean sameSize = baseline.getWidth() == width && baseline.getHeight() == height;
        int[] before = sameSize ? baseline.getRGB(0, 0, width, height, null, 0, width) : null;
        int[] marked = new int[now.length];
        long compared = 0;
        long changed = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (isExcluded(excluded, x, y)) {
                    marked[i] = EXCLUDED;
                    continue;
                }
                compared++;
                if (before == null || before[i] != now[i]) {
                    changed++;
                    marked[i] = CHANGED;
                } else {
                    marked[i] = faded(now[i]);
                }
            }
        }
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, marked, 0, width);
        double fraction = !sameSize ? 1.0 : compared == 0 ? 0.0 : (double) changed / compared;
        return new Result(fraction, picture);
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
