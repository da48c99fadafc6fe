package dev.guidecheck.pages;

import java.util.Locale;

/**
 * How a guide's words are matched with a page's: trimmed, spaces collapsed, case ignored, and a
 * trailing ':' or required-field '*' ignored ("Encrypted Key" matches "Encrypted Key:", "Web Site"
 * matches "Web Site *").
 */
public final class Labels {

    private Labels() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
        while (s.endsWith(":") || s.endsWith("*")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return s;
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    /** The visible text as a person would quote it: spaces collapsed, trailing ':' and '*' dropped. */
    public static String display(String text) {
        String s = text == null ? "" : text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        while (s.endsWith(":") || s.endsWith("*")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return s;
    }
}
