package dev.guidecheck.guide;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file's text as Liquid sees it, with the id its origin markers carry.
 *
 * @param file      path relative to the docs root
 * @param firstLine the file line the text starts on (a page body starts after the front matter)
 */
record SourceText(int id, String file, String text, int firstLine) {

    private static final Pattern MARKUP = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
    private static final Pattern OUTPUT = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern TAG_NAME = Pattern.compile("\\{%-?\\s*([\\w-]+)");

    /** The text with origin markers, in the Liquid liqp reads (see {@link JekyllLiquid}). */
    String marked() {
        return OriginMarkers.mark(JekyllLiquid.toLiqp(text), id, firstLine);
    }

    /** Where a variable is first printed with {{ }}, if it is: a lookup inside a tag prints nothing. */
    Optional<SourceRef> firstOutputOf(String variable) {
        Pattern use = Pattern.compile("(?<![\\w.])" + Pattern.quote(variable) + "(?![\\w-])");
        Matcher output = OUTPUT.matcher(text);
        while (output.find()) {
            Matcher inside = use.matcher(output.group());
            if (inside.find()) {
                return Optional.of(at(OriginMarkers.lineOf(text, output.start() + inside.start())));
            }
        }
        return Optional.empty();
    }

    /** Where each {% name ... %} of one of these tag names is written, in order. */
    java.util.List<java.util.Map.Entry<String, SourceRef>> tagsNamed(java.util.Set<String> names) {
        java.util.List<java.util.Map.Entry<String, SourceRef>> found = new java.util.ArrayList<>();
        if (names.isEmpty()) {
            return found;
        }
        Matcher tag = TAG_NAME.matcher(text);
        while (tag.find()) {
            if (names.contains(tag.group(1))) {
                found.add(java.util.Map.entry(tag.group(1), at(OriginMarkers.lineOf(text, tag.start()))));
            }
        }
        return found;
    }

    /** The file position of a 1-based line of the text. */
    SourceRef at(int textLine) {
        return new SourceRef(file, firstLine + Math.max(textLine, 1) - 1);
    }

    /**
     * Where to fix a syntax error Liquid reports at a 1-based line and 0-based column: the opening of the
     * tag around that point, which for an unclosed tag is lines before the point where parsing gave up.
     */
    SourceRef syntaxErrorAt(int line, int column) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return at(line);
        }
        int offset = 0;
        for (int l = 0; l < line - 1; l++) {
            offset += lines[l].length() + 1;
        }
        // Columns count the marked text, whose markers sit past the end of each line.
        int point = offset + Math.min(Math.max(column, 0), lines[line - 1].length());
        return at(OriginMarkers.lineOf(text, OriginMarkers.openingOfTagAround(text, point)));
    }

    /**
     * Where a Liquid variable is used first inside {{ }} or {% %}. Liquid's errors do not say where a
     * variable was used; rendering runs top to bottom, so the first use is the one that failed.
     */
    Optional<SourceRef> firstUseOf(String variable) {
        Pattern use = Pattern.compile("(?<![\\w.])" + Pattern.quote(variable) + "(?!\\w)");
        Matcher markup = MARKUP.matcher(text);
        while (markup.find()) {
            Matcher inside = use.matcher(markup.group());
            if (inside.find()) {
                return Optional.of(at(OriginMarkers.lineOf(text, markup.start() + inside.start())));
            }
        }
        return Optional.empty();
    }

    /** Where the first {% include name %} (or include_relative) of this text is written. */
    Optional<SourceRef> includeOf(String tagName, String name) {
        Matcher tag = Pattern.compile("\\{%-?\\s*" + tagName + "\\s+" + Pattern.quote(name) + "(?=[\\s%-])").matcher(text);
        return tag.find() ? Optional.of(at(OriginMarkers.lineOf(text, tag.start()))) : Optional.empty();
    }
}
