package dev.guidecheck.evidence;

import static dev.guidecheck.evidence.TestImages.filled;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.testng.annotations.Test;

public class ImageDiffTest {

    @Test
    public void aSizeChangeCountsAsAFullChangeButThePictureComparesWhereTheImagesOverlapAndSaysSo() {
        BufferedImage before = filled(12, 10, 0xFFFFFFFF);
        BufferedImage after = filled(10, 11, 0xFFFFFFFF);
        after.setRGB(2, 2, 0xFF000000);
        ImageDiff.Result diff = ImageDiff.compare(before, after, List.of());

        assertThat(diff.fraction()).isEqualTo(1.0);
        assertThat(diff.marked().getWidth()).isEqualTo(12);
        assertThat(diff.marked().getHeight()).isEqualTo(11);
        assertThat(diff.marked().getRGB(2, 2)).as("changed where both have pixels").isEqualTo(ImageDiff.CHANGED);
        assertThat(diff.marked().getRGB(3, 3)).as("the same where both have pixels").isNotEqualTo(ImageDiff.CHANGED);
        assertThat(diff.marked().getRGB(11, 0)).as("only the docs tree's image is this wide").isEqualTo(ImageDiff.ONE_SIDE_ONLY);
        assertThat(diff.marked().getRGB(0, 10)).as("only the capture is this tall").isEqualTo(ImageDiff.ONE_SIDE_ONLY);
        assertThat(diff.sizes()).hasValueSatisfying(note -> assertThat(note)
                .startsWith("the sizes differ: the docs tree's image is 12x10, the capture 10x11; the picture compares the 10x10"));
    }

    @Test
    public void changedPixelsAreCountedAndMarkedAndMaskedBoxesAreLeftOut() {
        BufferedImage before = filled(10, 10, 0xFFFFFFFF);
        BufferedImage after = filled(10, 10, 0xFFFFFFFF);
        after.setRGB(1, 1, 0xFF000000);
        after.setRGB(8, 8, 0xFF000000); // inside the mask: a value that differs run to run
        ImageDiff.Result diff = ImageDiff.compare(before, after, List.of(new Rectangle(7, 7, 3, 3)));

        assertThat(diff.fraction()).isEqualTo(1.0 / 91);
        assertThat(diff.marked().getRGB(1, 1)).isEqualTo(ImageDiff.CHANGED);
        assertThat(diff.marked().getRGB(8, 8)).isEqualTo(ImageDiff.EXCLUDED);
        assertThat(diff.marked().getRGB(5, 5)).isNotEqualTo(ImageDiff.CHANGED);
    }

    @Test
    public void identicalImagesDoNotDiffer() {
        assertThat(ImageDiff.compare(filled(4, 4, 0xFF123456), filled(4, 4, 0xFF123456), List.of()).fraction()).isZero();
    }

    @Test
    public void compactPngIsLosslessForPaletteAndTrueColourImages() {
        BufferedImage few = filled(20, 20, 0xFFFFFFFF);
        few.setRGB(3, 3, 0xFFD9534F);
        BufferedImage many = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 1600; i++) {
            many.setRGB(i % 40, i / 40, 0xFF000000 | (i * 40503));
        }
        for (BufferedImage image : List.of(few, many)) {
            byte[] png = Png.encodeCompact(image);
            BufferedImage back = Png.normalise(Png.decode(png));
            assertThat(back.getRGB(0, 0, back.getWidth(), back.getHeight(), null, 0, back.getWidth()))
                    .isEqualTo(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
            assertThat(Png.encodeCompact(image)).isEqualTo(png);
        }
        assertThat(Png.encodeCompact(few).length).isLessThan(Png.encode(few).length);
    }
}
