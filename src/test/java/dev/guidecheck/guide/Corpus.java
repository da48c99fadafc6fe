package dev.guidecheck.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The devportal corpus: the provider setup pages of the real docs site with everything they include, copied
 * unchanged from {@code shared/reference/devportal-corpus} to the test classpath.
 */
public final class Corpus {

    private Corpus() {
    }

    /** The corpus's docs root on the test classpath; never edit it. */
    public static Path root() {
        try {
            return Path.of(Corpus.class.getResource("/devportal-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every page of the corpus, relative to its root, in sorted order. */
    public static List<String> pages() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
            return files.filter(file -> file.toString().endsWith(".md"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
