package dev.guidecheck.suite;

import dev.guidecheck.Settings;
import dev.guidecheck.report.Baseline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a run checks before it starts, so that input no run can use is one line and exit status 3 with
 * nothing written: the settings, each page path the user gave, and the baseline file. A page that is
 * there but does not render is not bad input: it is a finding on that page, and the other pages are
 * still checked.
 */
final class Preflight {

    /** Enough of a file to tell text from binary content without reading a large file whole. */
    private static final int SNIFF_BYTES = 64 * 1024;

    private Preflight() {
    }

    /** The settings from this JVM's system properties and environment, checked. */
    static Settings settings() {
        try {
            Settings settings = Settings.fromSystem();
            check(settings);
            return settings;
        } catch (Settings.SettingsException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static void check(Settings settings) {
        for (String page : settings.pages()) {
            checkPage(settings.docsRoot(), page);
        }
        baseline(settings);
    }

    /** The baseline the settings name, read; a malformed line is bad input naming file and line. */
    static Baseline baseline(Settings settings) {
        if (settings.baseline().isEmpty()) {
            return Baseline.none();
        }
        Path file = settings.baseline().get();
        try {
            return Baseline.read(file);
        } catch (IOException e) {
            throw new BadInputException("guidecheck.baseline: cannot read " + file + " (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** A page path as the user gave it: a non-empty text file under the docs root. */
    static void checkPage(Path docsRoot, String page) {
        Path file = docsRoot.resolve(page).normalize();
        if (!file.startsWith(docsRoot)) {
            throw new BadInputException(page + ": not a page in the docs root " + docsRoot + " (guidecheck.pages)");
        }
        if (!Files.exists(file)) {
            throw new BadInputException(page + ": no such page in the docs root " + docsRoot + " (guidecheck.pages)");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(page + ": not a file (guidecheck.pages names pages, not folders)");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new BadInputException(page + ": cannot be read (" + e.getMessage() + ")");
        }
        if (head.length == 0 || new String(head, StandardCharsets.UTF_8).isBlank()) {
            throw new BadInputException(page + ":1: the page is empty");
        }
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                throw new BadInputException(page + ": not a text page (it holds binary content, like an image)");
            }
        }
        if (head.length < SNIFF_BYTES && !isUtf8(head)) {
            throw new BadInputException(page + ": not a text page (it is not UTF-8, which Jekyll reads)");
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
