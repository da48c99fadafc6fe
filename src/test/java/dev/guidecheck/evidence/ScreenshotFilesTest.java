package dev.guidecheck.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class ScreenshotFilesTest {

    private static final byte[] FIRST = {1, 2, 3};
    private static final byte[] SECOND = {4, 5, 6, 7};

    private Path sandbox;
    private Path root;

    @BeforeMethod
    public void createRoot() throws IOException {
        sandbox = Files.createTempDirectory("guidecheck-screenshot-files-");
        root = Files.createDirectories(sandbox.resolve("site"));
    }

    @AfterMethod(alwaysRun = true)
    public void deleteRoot() throws IOException {
        try (Stream<Path> paths = Files.walk(sandbox)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    public void aGuidePathIsWrittenUnderTheRootWithItsFoldersCreated() throws IOException {
        Path written = ScreenshotFiles.write(root, "/assets/img/elements/infusionsoft/admin-settings.png", FIRST);

        assertThat(written).isEqualTo(root.resolve("assets/img/elements/infusionsoft/admin-settings.png"));
        assertThat(written).hasBinaryContent(FIRST);
    }

    @Test
    public void aRelativeGuidePathIsAlsoFromTheRoot() throws IOException {
        assertThat(ScreenshotFiles.write(root, "assets/a.png", FIRST)).isEqualTo(root.resolve("assets/a.png"));
    }

    @Test
    public void writingAgainReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        ScreenshotFiles.write(root, "/assets/a.png", FIRST);

        Path written = ScreenshotFiles.write(root, "/assets/a.png", SECOND);

        assertThat(written).hasBinaryContent(SECOND);
        try (Stream<Path> files = Files.list(written.getParent())) {
            assertThat(files).containsExactly(written);
        }
    }

    @Test
    public void dotDotOutOfTheRootIsRefusedNamingThePath() {
        assertThatThrownBy(() -> ScreenshotFiles.write(root, "../../etc/x.png", FIRST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("../../etc/x.png");
        assertThat(sandbox.resolve("etc")).doesNotExist();
    }

    @Test
    public void anAbsolutePathThatEscapesTheRootIsRefused() {
        assertThatThrownBy(() -> ScreenshotFiles.write(root, "/assets/../../../etc/x.png", FIRST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/assets/../../../etc/x.png");
        assertThatThrownBy(() -> ScreenshotFiles.write(root, "/../site-evil/x.png", FIRST))
                .as("a sibling whose name starts like the root's is still outside it")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/../site-evil/x.png");
    }

    @Test
    public void percentEncodedDotsAreRefusedToo() {
        assertThatThrownBy(() -> ScreenshotFiles.write(root, "/%2e%2e/%2e%2e/etc/x.png", FIRST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("%2e%2e");
    }

    @Test
    public void urlsAndBackslashesAreNotPathsUnderTheRoot() {
        assertThatThrownBy(() -> ScreenshotFiles.write(root, "file:///etc/x.png", FIRST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file:///etc/x.png");
        assertThatThrownBy(() -> ScreenshotFiles.write(root, "..\\..\\x.png", FIRST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("..\\..\\x.png");
    }

    @Test
    public void aLeadingSlashMeansTheRootNotTheFileSystemRoot() {
        assertThat(ScreenshotFiles.resolve(root, "/etc/x.png")).isEqualTo(root.toAbsolutePath().resolve("etc/x.png"));
    }

    @Test
    public void aSymbolicLinkOutOfTheRootIsRefused() throws IOException {
        Path outside = Files.createDirectories(sandbox.resolve("outside"));
        Files.createSymbolicLink(root.resolve("assets"), outside);

        assertThatThrownBy(() -> ScreenshotFiles.write(root, "/assets/x.png", FIRST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/assets/x.png");
        assertThat(outside.resolve("x.png")).doesNotExist();
    }
}
