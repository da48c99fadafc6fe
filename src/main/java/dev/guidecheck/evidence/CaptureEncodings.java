package dev.guidecheck.evidence;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Map;

/**
 * The PNG of each capture for the run's copy and its attachment ({@link Png#encodeQuick}), encoded once per
 * picture: a guide shows the same image at several steps and, through a shared include, on several pages, and
 * the captures of one screen are the same pixels (11 of the main job's 14). Encoding took 6 to 9 ms an image;
 * knowing that the pixels are the last capture's of the same image takes about one. What refresh writes into
 * the docs tree is encoded there, compact ({@link Baselines#refresh}). One per run, shared by its threads.
 */
public final class CaptureEncodings {

    private record Encoded(int width, int height, int[] pixels, byte[] png) {
    }

    /** The last capture of each of the images used last. */
    private final Map<String, Encoded> lastByImage = RecentlyUsed.map(8);

    /** {@link Png#encodeQuick} of the capture; the same bytes as the image's last capture when the pixels are. */
    public byte[] png(String imagePath, BufferedImage capture) {
        int[] pixels = Png.argb(capture);
        Encoded last = lastByImage.get(imagePath);
        if (last != null && last.width() == capture.getWidth() && last.height() == capture.getHeight()
                && Arrays.equals(last.pixels(), pixels)) {
            return last.png();
        }
        byte[] png = Png.encodeQuick(capture);
        lastByImage.put(imagePath, new Encoded(capture.getWidth(), capture.getHeight(), pixels, png));
        return png;
    }
}
