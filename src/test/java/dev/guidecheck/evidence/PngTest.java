package dev.guidecheck.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.testng.annotations.Test;

public class PngTest {

    /** An image of the given type with random colours (random alpha where the type has one). */
    private static BufferedImage noise(int type, int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, type);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    @Test
    public void argbReadsEveryImageTypeAsGetRgbDoesPartsIncluded() {
        for (int type : new int[] {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR,
                BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY}) {
            BufferedImage image = noise(type, 37, 23, type);
            assertThat(Png.argb(image)).as("type " + type)
                    .isEqualTo(image.getRGB(0, 0, 37, 23, null, 0, 37));
            assertThat(Png.argb(image, 5, 7, 20, 9)).as("a part of type " + type)
                    .isEqualTo(image.getRGB(5, 7, 20, 9, null, 0, 20));
            // A sub-image shares its parent's buffer from an offset: read through the colour model instead.
            BufferedImage sub = image.getSubimage(3, 4, 10, 6);
            assertThat(Png.argb(sub)).as("a sub-image of type " + type)
                    .isEqualTo(sub.getRGB(0, 0, 10, 6, null, 0, 10));
            // A child raster from the corner keeps no offset, but its rows are as long as its parent's.
            BufferedImage corner = new BufferedImage(image.getColorModel(),
                    image.getRaster().createWritableChild(0, 0, 10, 6, 0, 0, null), false, null);
            assertThat(Png.argb(corner)).as("a corner of type " + type)
                    .isEqualTo(corner.getRGB(0, 0, 10, 6, null, 0, 10));
        }
    }

    @Test
    public void compactAndQuickEncodingsDecodeToTheSamePixelsAndRepeatTheirBytes() {
        BufferedImage manyColours = noise(BufferedImage.TYPE_4BYTE_ABGR, 64, 48, 1);
        BufferedImage fewColours = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                fewColours.setRGB(x, y, (x / 8 + y / 8) % 2 == 0 ? 0xFF112233 : 0x80FFEEDD);
            }
        }
        for (BufferedImage image : new BufferedImage[] {manyColours, fewColours}) {
            for (byte[] png : new byte[][] {Png.encodeCompact(image), Png.encodeQuick(image)}) {
                assertThat(Png.argb(Png.decode(png))).isEqualTo(Png.argb(image));
            }
            assertThat(Png.encodeCompact(image)).isEqualTo(Png.encodeCompact(image));
            assertThat(Png.encodeCompact(image).length).isLessThanOrEqualTo(Png.encodeQuick(image).length);
        }
    }
}
