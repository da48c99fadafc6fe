package dev.guidecheck.evidence;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
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

    /** PNG bytes for the image, with no metadata: 8-bit ARGB at the writer's default compression. */
    public static byte[] encode(BufferedImage image) {
        return write(normalise(image), -1);
    }

    /**
     * The smallest PNG of the same pixels the JDK's writer can make, for images a docs tree keeps: a palette
     * when the image has at most 256 colours (ordered by ARGB value, so the same pixels give the same bytes),
     * else RGB when every pixel is opaque, else ARGB; always at the highest deflate level. Lossless:
     * {@link #decode} gives back exactly the pixels of {@code image}.
     */
    public static byte[] encodeCompact(BufferedImage image) {
        return write(compact(normalise(image)), 9);
    }

    /**
     * As {@link #encodeCompact}, at a middle deflate level: for pictures nobody keeps (a diff of a capture
     * against the docs tree's image), where level 9 took about three times as long for 5 to 10% fewer bytes.
     */
    public static byte[] encodeQuick(BufferedImage image) {
        return write(compact(normalise(image)), 6);
    }

    private static BufferedImage compact(BufferedImage argbImage) {
        int width = argbImage.getWidth();
        int height = argbImage.getHeight();
        int[] pixels = argbImage.getRGB(0, 0, width, height, null, 0, width);
        int[] colours = Arrays.stream(pixels).distinct().limit(257).sorted().toArray();
        boolean opaque = Arrays.stream(pixels).allMatch(p -> (p >>> 24) == 0xFF);
        if (colours.length <= 256) {
            IndexColorModel palette = new IndexColorModel(8, colours.length, colours, 0, !opaque, -1,
                    DataBuffer.TYPE_BYTE);
            BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, palette);
            byte[] indices = new byte[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                indices[i] = (byte) Arrays.binarySearch(colours, pixels[i]);
            }
            indexed.getRaster().setDataElements(0, 0, width, height, indices);
            return indexed;
        }
        if (opaque) {
            BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            rgb.setRGB(0, 0, width, height, pixels, 0, width);
            return rgb;
        }
        return argbImage;
    }

    /** @param level the deflate level, or -1 for the writer's default */
    private static byte[] write(BufferedImage image, int level) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (level >= 0) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                // The JDK's writer uses deflate level (int) (9 * (1 - quality)): quality 0 gives 9; half a level
                // below the next keeps float rounding from landing one level lower.
                param.setCompressionQuality(Math.max(0f, (9 - level - 0.5f) / 9));
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
