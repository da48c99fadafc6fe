package dev.guidecheck.bench;

import dev.guidecheck.Settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Docs trees of a chosen size for the scale figures: a copy of the reference tree whose pages are the
 * three reference pages, then copies of them under other names, in turn.
 */
final class ScratchDocs {

    private static final List<String> REFERENCE = Settings.DEFAULT_PAGES;
    private static final String LIST = ".bench-pages";

    private ScratchDocs() {
    }

    /** A temporary docs tree with {@code count} pages. */
    static Path withPages(int count) throws IOException {
        Path source = Path.of(Settings.DEFAULT_DOCS);
        Path docs = Files.createTempDirectory("guidecheck-bench-docs");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path to = docs.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String original = REFERENCE.get(i % REFERENCE.size());
            if (i < REFERENCE.size()) {
                pages.add(original);
                continue;
            }
            String copy = original.replace("/infusionsoft-", "/copy-" + (i / REFERENCE.size()) + "-infusionsoft-");
            Files.createDirectories(docs.resolve(copy).getParent());
            Files.copy(docs.resolve(original), docs.resolve(copy));
            pages.add(copy);
        }
        Files.write(docs.resolve(LIST), pages);
        return docs;
    }

    /** The pages of a tree made by {@link #withPages}, in order. */
    static List<String> pagePaths(Path docs) throws IOException {
        return Files.readAllLines(docs.resolve(LIST));
    }
}
