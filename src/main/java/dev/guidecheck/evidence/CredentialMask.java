package dev.guidecheck.evidence;

/**
 * Shows a credential in reports and logs so a person can tell which one it was, never what it is:
 * its first three characters and its length.
 */
public final class CredentialMask {

    /** How many leading characters are shown; short enough that no real secret can be guessed from them. */
    static final int SHOWN = 3;

    private CredentialMask() {
    }

    /**
     * {@code "47d…(32 chars)"} for a 32-character value starting "47d"; {@code "…(3 chars)"} for a value too
     * short to show any of it; {@code "(empty)"} for null or "". Characters are counted as Unicode code points.
     */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "(empty)";
        }
        int length = value.codePointCount(0, value.length());
        String shown = length > SHOWN ? value.substring(0, value.offsetByCodePoints(0, SHOWN)) : "";
        return shown + "…(" + length + " chars)";
    }
}
