package dev.guidecheck.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.testng.annotations.Test;

/**
 * A run compares many captures with the same few images of the docs tree: each comparison is with the image as
 * the file holds it at that moment, however often it was read before.
 */
public class BaselinesTest {

    private static final String IMAGE = "/assets/img/shot.png";

    @Test
    public void anImageRewrittenDuringTheRunIsComparedAsItIsNow() throws Exception {
        Path docs = Files.createTempDirectory("guidecheck-baselines");
        BufferedImage white = filled(0xFFFFFFFF);
        BufferedImage black = filled(0xFF000000);
        Baselines baselines = new Baselines(docs, 0.001);
        Path file = ScreenshotFiles.write(docs, IMAGE, Png.encode(white));

        assertThat(baselines.compare(IMAGE, white, List.of()).status()).isEqualTo(Baselines.Status.UNCHANGED);
        assertThat(baselines.compare(IMAGE, black, List.of()).status()).isEqualTo(Baselines.Status.CHANGED);

        // Rewritten by someone else, maybe to the same size: its time stamp tells.
        byte[] blackPng = Png.encode(black);
        Files.write(file, blackPng);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        Baselines.Comparison now = baselines.compare(IMAGE, black, List.of());
        assertThat(now.status()).isEqualTo(Baselines.Status.UNCHANGED);
        assertThat(now.expected()).get().isEqualTo(blackPng);
    }

    @Test
    public void anImageTheRunRefreshedIsComparedAsRefreshed() throws Exception {
        Path docs = Files.createTempDirectory("guidecheck-baselines");
        BufferedImage white = filled(0xFFFFFFFF);
        BufferedImage black = filled(0xFF000000);
        Baselines baselines = new Baselines(docs, 0.001);
        ScreenshotFiles.write(docs, IMAGE, Png.encode(white));

        Baselines.Comparison first = baselines.compare(IMAGE, black, List.of());
        assertThat(first.status()).isEqualTo(Baselines.Status.CHANGED);
        assertThat(baselines.refresh(IMAGE, Png.encode(black), first, baselines.claim(first)).written()).isPresent();

        assertThat(baselines.compare(IMAGE, black, List.of()).status()).isEqualTo(Baselines.Status.UNCHANGED);
    }

    private static BufferedImage filled(int argb) {
        BufferedImage image = new BufferedImage(6, 4, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }
}
