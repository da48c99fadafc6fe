package dev.guidecheck.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.testng.annotations.Test;

/** A capture is encoded once per picture, and every capture's bytes are its own pixels. */
public class CaptureEncodingsTest {

    @Test
    public void aCaptureWithTheLastCapturesPixelsGetsItsBytesAndAnyOtherIsEncodedAfresh() {
        CaptureEncodings encodings = new CaptureEncodings();
        byte[] first = encodings.png("/a.png", filled(0xFF336699));

        assertThat(first).isEqualTo(Png.encodeQuick(filled(0xFF336699)));
        assertThat(encodings.png("/a.png", filled(0xFF336699))).as("the same pixels again").isSameAs(first);

        BufferedImage changed = filled(0xFF336699);
        changed.setRGB(3, 2, 0xFFFF0000);
        byte[] second = encodings.png("/a.png", changed);
        assertThat(Png.argb(Png.decode(second))).as("one pixel changed").isEqualTo(Png.argb(changed));
        assertThat(encodings.png("/b.png", changed)).as("another image's capture").isNotSameAs(second)
                .isEqualTo(second);
    }

    private static BufferedImage filled(int argb) {
        return TestImages.filled(8, 5, argb);
    }
}
