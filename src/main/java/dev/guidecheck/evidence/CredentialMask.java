package dev.guidecheck.evidence;

/**
 * The one rule for how much of a secret any output may show, in text (reports, logs, scrubbed page
 * sources) and in pixels (the masks of every screenshot): at most {@value #MAX_SHOWN} leading characters
 * and never more than a quarter of the value; a value shorter than {@value #SHORTEST_SHOWN} characters
 * shows none. The length is never shown: a reader can tell two credentials apart by name and by their
 * first characters, and learns nothing about how long the secret is.
 */
public final class CredentialMask {

    /** The most leading characters any value shows. */
    public static final int MAX_SHOWN = 3;
    /** Values shorter than this show no character at all (a 10-character client_secret shows none). */
    public static final int SHORTEST_SHOWN = 12;
    /** What stands for the hidden rest of a value. */
    public static final String HIDDEN = "…";

    private CredentialMask() {
    }

    /**
     * How many leading characters of a value of {@code length} characters may be shown: 0 under
     * {@value #SHORTEST_SHOWN}, then a quarter of the length, at most {@value #MAX_SHOWN}.
     */
    public static int shownCharacters(int length) {
        return length < SHORTEST_SHOWN ? 0 : Math.min(MAX_SHOWN, length / 4);
    }

    /**
     * {@link #shownCharacters} for every length up to the one from which it no longer grows; longer values
     * show what the last entry says. For code that applies the rule where Java does not run (a page's script).
     */
    static int[] shownByLength() {
        int[] shown = new int[Math.max(SHORTEST_SHOWN, 4 * MAX_SHOWN) + 1];
        for (int length = 0; length < shown.length; length++) {
            shown[length] = shownCharacters(length);
        }
        return shown;
    }

    /**
     * {@code "47d…"} for a 32-character value starting "47d"; {@code "…"} for a value too short to show any
     * of it; {@code "(empty)"} for null or "". Characters are counted as Unicode code points.
     */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "(empty)";
        }
        int shown = shownCharacters(value.codePointCount(0, value.length()));
        return value.substring(0, value.offsetByCodePoints(0, shown)) + HIDDEN;
    }
}
