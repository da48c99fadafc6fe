package dev.guidecheck.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/**
 * A run compares many captures with the same few images of the docs tree: each comparison is with the image as
 * the file holds it at that moment, however often it was read before.
 */
public class BaselinesTest {

    private static final String IMAGE = "/assets/img/shot.png";
    private final BufferedImage white = filled(0xFFFFFFFF);
    private final BufferedImage black = filled(0xFF000000);
    private Path file;
    private Baselines baselines;

    /** A docs tree whose image is white, and the run's baselines of it. */
    @BeforeMethod
    public void whiteImageInTheDocs() throws Exception {
        Path docs = Files.createTempDirectory("guidecheck-baselines");
        file = ScreenshotFiles.write(docs, IMAGE, Png.encode(white));
        baselines = new Baselines(docs, 0.001);
    }

    @Test
    public void anImageRewrittenDuringTheRunIsComparedAsItIsNow() throws Exception {
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
        Baselines.Comparison first = baselines.compare(IMAGE, black, List.of());
        assertThat(first.status()).isEqualTo(Baselines.Status.CHANGED);
        Baselines.Refresh refresh = baselines.refresh(IMAGE, black, first, baselines.claim(first));
        assertThat(refresh.written()).isPresent();
        // The docs tree keeps the smallest PNG of the pixels, not the run's quicker copy.
        assertThat(Files.readAllBytes(refresh.written().get())).isEqualTo(Png.encodeCompact(black));

        assertThat(baselines.compare(IMAGE, black, List.of()).status()).isEqualTo(Baselines.Status.UNCHANGED);
    }

    private static BufferedImage filled(int argb) {
        return TestImages.filled(6, 4, argb);
    }
}
