package dev.guidecheck.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes and encodes PNG so that the same pixels always give the same bytes: one pixel format, and no
 * metadata (no time stamp, no text chunks) that could differ between two runs.
 */
public final class Png {

    private Png() {
    }

    /** The image in a PNG; an {@link UncheckedIOException} if the bytes are not one. */
    public static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IOException("not a PNG image (" + png.length + " bytes)");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pixels of a part of an image, as an image of its own, always in 8-bit ARGB. */
    public static BufferedImage crop(BufferedImage image, int x, int y, int width, int height) {
        // Copying the pixel values (not drawing) keeps them exact, whatever the source's colour model.
        int[] argb = image.getRGB(x, y, width, height, null, 0, width);
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        copy.setRGB(0, 0, width, height, argb, 0, width);
        return copy;
    }

    /** The whole image, normalised the same way as {@link #crop}. */
    public static BufferedImage normalise(BufferedImage image) {
        return crop(image, 0, 0, image.getWidth(), image.getHeight());
    }

    /** PNG bytes for the image, with no metadata. */
    public static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(normalise(image), null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
