package dev.guidecheck.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The reference docs tree, and scratch copies of it that a test breaks on purpose. */
public final class DocsTree implements AutoCloseable {

    public static final String CRM = "docs/elements/infusionsoft-crm/setup.md";
    public static final String MARKETING = "docs/elements/infusionsoft-marketing/setup.md";
    public static final String REST = "docs/elements/infusionsoft-rest/setup.md";
    public static final String SHARED_BODY = "_includes/Elements/infusionsoft/setup.md";
    public static final String CALLOUT = "_includes/callout.html";

    private final Path root;

    private DocsTree(Path root) {
        this.root = root;
    }

    /** The reference tree as the build copied it to the test classpath; never edit it. */
    public static Path reference() {
        try {
            return Path.of(DocsTree.class.getResource("/devportal").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh copy of the reference tree in a temporary directory, removed on close. */
    public static DocsTree copy() {
        try {
            Path target = Files.createTempDirectory("devportal-");
            Path source = reference();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            return new DocsTree(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    GuideReader reader() {
        return new GuideReader(root);
    }

    /** Replaces text on one 1-based line of a file, failing if the line does not hold it. */
    public DocsTree edit(String file, int line, String from, String to) {
        List<String> lines = new ArrayList<>(read(file));
        assertThat(lines.get(line - 1)).as("%s:%d", file, line).contains(from);
        lines.set(line - 1, lines.get(line - 1).replace(from, to));
        return write(file, String.join("\n", lines) + "\n");
    }

    public DocsTree write(String file, String text) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> read(String file) {
        try {
            return Files.readAllLines(root.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
