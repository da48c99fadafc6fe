package dev.guidecheck.suite;

import dev.guidecheck.Settings;
import dev.guidecheck.guide.GuideReader;
import dev.guidecheck.guide.PageInputException;
import dev.guidecheck.report.Baseline;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What a run checks before it starts, so that input no run can use is one line and exit status 3 with
 * nothing written: the settings, each page path the user gave, and the baseline file. A page that is
 * there but does not render is not bad input: it is a finding on that page, and the other pages are
 * still checked.
 */
final class Preflight {

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

    /** A page path as the user gave it: a non-empty text page under the docs root (not yet rendered). */
    static void checkPage(Path docsRoot, String page) {
        try {
            new GuideReader(docsRoot).checkInput(page);
        } catch (PageInputException e) {
            throw new BadInputException(e.getMessage() + " (guidecheck.pages)");
        }
    }
}
