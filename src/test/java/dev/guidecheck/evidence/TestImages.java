package dev.guidecheck.evidence;

import java.awt.image.BufferedImage;

/** Small pictures for the image tests. */
final class TestImages {

    private TestImages() {
    }

    /** An ARGB picture of one colour. */
    static BufferedImage filled(int width, int height, int argb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }
}
