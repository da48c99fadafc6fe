package dev.guidecheck.suite;

import dev.guidecheck.Settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Edited copies of the reference docs tree, made at test time, and settings that point at them. */
final class DocsTrees {

    private DocsTrees() {
    }

    /** A fresh copy of the reference docs tree in a temporary directory. */
    static Path copyOfReference() {
        return copyOf(Path.of(Settings.DEFAULT_DOCS));
    }

    /** A fresh copy of a docs tree in a temporary directory. */
    static Path copyOf(Path source) {
        try {
            Path target = Files.createTempDirectory("guidecheck-docs");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path to = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        // Times kept: "nothing touched" compares a file's modification time too.
                        Files.copy(file, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page a copy of the tree gets from {@link #addOtherProductsPage}: it acts on HubSpot only. */
    static final String HUBSPOT = "docs/elements/hubspot/setup.md";

    /**
     * Adds a page for a product guidecheck has no page objects for (HubSpot): correct instructions for
     * another site, which a check must report as not covered, never replay, and never drop.
     */
    static void addOtherProductsPage(Path docs) {
        write(docs, HUBSPOT, String.join("\n",
                "---",
                "title: API Provider Setup",
                "heading: HubSpot",
                "---",
                "",
                "# API Provider Setup",
                "",
                "## Locate Credentials for Authentication",
                "",
                "To find your API key:",
                "",
                "1. Log in to your [HubSpot](https://app.hubspot.com/) account.",
                "2. Click **Settings**.",
                ""));
    }

    /** Writes a file of the tree, creating its folders. */
    static void write(Path docs, String file, String text) {
        try {
            Path path = docs.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one line's text (which must contain {@code from}) in a file of the tree. */
    static void edit(Path docs, String file, int line, String from, String to) {
        try {
            Path path = docs.resolve(file);
            List<String> lines = Files.readAllLines(path);
            String old = lines.get(line - 1);
            if (!old.contains(from)) {
                throw new IllegalStateException(file + ":" + line + " does not contain \"" + from + "\": " + old);
            }
            lines.set(line - 1, old.replace(from, to));
            Files.write(path, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes lines {@code first} to {@code last} (1-based, inclusive) of a file; the first must contain {@code expected}. */
    static void delete(Path docs, String file, int first, int last, String expected) {
        try {
            Path path = docs.resolve(file);
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(path));
            if (!lines.get(first - 1).contains(expected)) {
                throw new IllegalStateException(file + ":" + first + " does not contain \"" + expected + "\": " + lines.get(first - 1));
            }
            lines.subList(first - 1, last).clear();
            Files.write(path, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings for the replica with the given docs root, pages and output directory. */
    static Settings settings(Path docs, Path out, String... pages) {
        return settings(docs, out, java.util.Map.of(), pages);
    }

    /**
     * Settings for a test about steps and findings, not images: the screenshot pipeline (two captures,
     * a mask check and a diff per image) is the slowest part of a replay, so such tests turn it off.
     */
    static Settings withoutScreenshots(Path docs, Path out, String... pages) {
        return settings(docs, out, java.util.Map.of("guidecheck.screenshots", "off"), pages);
    }

    /** The same, with more settings (e.g. {@code guidecheck.screenshots=refresh}, a replica profile). */
    static Settings settings(Path docs, Path out, java.util.Map<String, String> more, String... pages) {
        Properties props = new Properties();
        props.putAll(more);
        props.setProperty("guidecheck.docs", docs.toString());
        props.setProperty("guidecheck.out", out.toString());
        if (pages.length > 0) {
            props.setProperty("guidecheck.pages", String.join(",", pages));
        }
        return Settings.from(props, java.util.Map.of());
    }
}
