package dev.guidecheck.evidence;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
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
        return argbImage(argb(image, x, y, width, height), width, height);
    }

    /**
     * The ARGB values of a part of an image, row by row. What ImageIO decodes a PNG to (bytes in ABGR or BGR
     * order) and 8-bit ARGB are read straight from their buffers: {@link BufferedImage#getRGB} converts each
     * pixel through the colour model, which took most of the time of encoding and comparing a screenshot.
     */
    public static int[] argb(BufferedImage image, int x, int y, int width, int height) {
        int[] argb = new int[width * height];
        WritableRaster raster = image.getRaster();
        boolean plain = raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getDataBuffer().getNumBanks() == 1 && raster.getDataBuffer().getOffset() == 0
                && image.getColorModel().getColorSpace().isCS_sRGB();
        int type = plain ? image.getType() : BufferedImage.TYPE_CUSTOM;
        // Elements from one row to the next, as the buffer is laid out (wider than the image in a child raster).
        int stride = raster.getSampleModel() instanceof SinglePixelPackedSampleModel packed ? packed.getScanlineStride()
                : raster.getSampleModel() instanceof ComponentSampleModel component ? component.getScanlineStride() : -1;
        switch (stride < 0 ? BufferedImage.TYPE_CUSTOM : type) {
            case BufferedImage.TYPE_INT_ARGB -> {
                int[] data = ((DataBufferInt) raster.getDataBuffer()).getData();
                for (int row = 0; row < height; row++) {
                    System.arraycopy(data, (y + row) * stride + x, argb, row * width, width);
                }
            }
            case BufferedImage.TYPE_4BYTE_ABGR -> {
                byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData();
                for (int row = 0, i = 0; row < height; row++) {
                    for (int col = 0, o = (y + row) * stride + x * 4; col < width; col++, o += 4) {
                        argb[i++] = (data[o] & 0xFF) << 24 | (data[o + 3] & 0xFF) << 16 | (data[o + 2] & 0xFF) << 8
                                | (data[o + 1] & 0xFF);
                    }
                }
            }
            case BufferedImage.TYPE_3BYTE_BGR -> {
                byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData();
                for (int row = 0, i = 0; row < height; row++) {
                    for (int col = 0, o = (y + row) * stride + x * 3; col < width; col++, o += 3) {
                        argb[i++] = 0xFF000000 | (data[o + 2] & 0xFF) << 16 | (data[o + 1] & 0xFF) << 8 | (data[o] & 0xFF);
                    }
                }
            }
            default -> image.getRGB(x, y, width, height, argb, 0, width);
        }
        return argb;
    }

    /** The ARGB values of a whole image, row by row (see {@link #argb(BufferedImage, int, int, int, int)}). */
    public static int[] argb(BufferedImage image) {
        return argb(image, 0, 0, image.getWidth(), image.getHeight());
    }

    /** An 8-bit ARGB image of the values {@code argb} holds, row by row. */
    static BufferedImage argbImage(int[] argb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        System.arraycopy(argb, 0, ((DataBufferInt) image.getRaster().getDataBuffer()).getData(), 0, argb.length);
        return image;
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
     * As {@link #encodeCompact}, at a middle deflate level: for pictures the docs tree does not keep (the run's
     * copy of a capture, attachments, a diff against the docs tree's image), where level 9 took about three times
     * as long (17 to 28 ms for a published image) for 5 to 10% fewer bytes.
     */
    public static byte[] encodeQuick(BufferedImage image) {
        return write(compact(normalise(image)), 6);
    }

    private static BufferedImage compact(BufferedImage argbImage) {
        int width = argbImage.getWidth();
        int height = argbImage.getHeight();
        int[] pixels = argb(argbImage);
        // The distinct colours, up to 257 (one more than a palette holds), and whether every pixel is opaque.
        int[] seen = new int[1024];
        boolean[] used = new boolean[seen.length];
        int[] colours = new int[257];
        int distinct = 0;
        boolean opaque = true;
        for (int p : pixels) {
            opaque &= (p >>> 24) == 0xFF;
            if (distinct < colours.length) {
                int slot = (p * 0x9E3779B1) >>> 22;
                while (used[slot] && seen[slot] != p) {
                    slot = (slot + 1) & (seen.length - 1);
                }
                if (!used[slot]) {
                    used[slot] = true;
                    seen[slot] = p;
                    colours[distinct++] = p;
                }
            }
        }
        if (distinct <= 256) {
            colours = Arrays.copyOf(colours, distinct);
            Arrays.sort(colours);
            IndexColorModel palette = new IndexColorModel(8, colours.length, colours, 0, !opaque, -1,
                    DataBuffer.TYPE_BYTE);
            BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, palette);
            byte[] indices = ((DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < pixels.length; i++) {
                indices[i] = (byte) Arrays.binarySearch(colours, pixels[i]);
            }
            return indexed;
        }
        if (opaque) {
            BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            System.arraycopy(pixels, 0, ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData(), 0, pixels.length);
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
