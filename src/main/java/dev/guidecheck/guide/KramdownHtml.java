package dev.guidecheck.guide;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which raw HTML tags kramdown parses as HTML and which it shows readers as text. kramdown only takes
 * {@code <name attr=value>} as a tag when every unquoted value is made of word characters (its
 * {@code HTML_TAG_RE}), so {@code <a href=#setup>} reaches the reader as the characters "<a href=#setup>";
 * a closing tag that closes no tag kramdown opened ({@code </br>}, or the {@code </a>} of such a link) is
 * text too. One instance follows the tags of one run of HTML in order, because a closing tag depends on
 * what was opened before it.
 */
public final class KramdownHtml {

    private static final String NAME = "[A-Za-z_:][-\\w.:]*";
    private static final String WORD_VALUE = "[\\p{L}\\p{M}\\p{N}\\p{Pc}]+";
    private static final Pattern KRAMDOWN_TAG = Pattern.compile("<(" + NAME + ")\\s*((?:\\s+" + NAME
            + "(?:\\s*=\\s*(?:" + WORD_VALUE + "|\"[^\"]*\"|'[^']*'))?)*)\\s*/?>", Pattern.DOTALL);
    private static final Pattern CLOSING_TAG = Pattern.compile("</(" + NAME + ")\\s*>");
    /** Anything a reader of the source would take for a tag: "<" a name or "</" a name, up to ">". */
    private static final Pattern TAG_LIKE = Pattern.compile("</?[A-Za-z][^<>]*>");

    /** Elements without a body: they never stay open, so a closing tag of one closes nothing. */
    private static final java.util.Set<String> VOID = java.util.Set.of("area", "base", "br", "col", "embed", "hr",
            "img", "input", "link", "meta", "param", "source", "track", "wbr");

    private final Map<String, Integer> open = new HashMap<>();

    /** A tag of a run of HTML: where it starts in the run, what was written, and whether readers see it as text. */
    public record Tag(int start, String written, boolean shownAsText) {
    }

    /** Whether kramdown shows this tag (one tag, as written) as text, given the tags seen before it. */
    public boolean showsAsText(String tag) {
        Matcher closing = CLOSING_TAG.matcher(tag);
        if (closing.matches()) {
            String name = closing.group(1).toLowerCase(java.util.Locale.ROOT);
            int opened = open.getOrDefault(name, 0);
            if (opened == 0) {
                return true;
            }
            open.put(name, opened - 1);
            return false;
        }
        Matcher opening = KRAMDOWN_TAG.matcher(tag);
        if (!opening.matches()) {
            return tag.matches("(?s)<[A-Za-z].*");
        }
        String name = opening.group(1).toLowerCase(java.util.Locale.ROOT);
        if (!tag.endsWith("/>") && !VOID.contains(name)) {
            open.merge(name, 1, Integer::sum);
        }
        return false;
    }

    /** Every tag of a run of HTML (a block, or an inline tag), in order, with whether it shows as text. */
    public java.util.List<Tag> tags(String html) {
        java.util.List<Tag> tags = new java.util.ArrayList<>();
        Matcher tag = TAG_LIKE.matcher(html);
        while (tag.find()) {
            tags.add(new Tag(tag.start(), tag.group(), showsAsText(tag.group())));
        }
        return tags;
    }
}
