package dev.guidecheck.guide;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the Liquid that Jekyll accepts and liqp does not into what liqp reads the same way, inside
 * {@code {{ }}} and {@code {% %}} only and without changing the number of lines: a variable name with
 * hyphens ({@code site.data.glossary.element-auth-api-key} becomes {@code site.data.glossary["element-auth-api-key"]}),
 * and an include parameter with escaped quotes ({@code content="say \"hi\""}, which Jekyll's include tag
 * unescapes, becomes {@code content='say "hi"'}).
 */
final class JekyllLiquid {

    private static final Pattern MARKUP = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}", Pattern.DOTALL);
    private static final Pattern HYPHENATED = Pattern.compile("(?<=[\\w\\]])\\.([A-Za-z_]\\w*(?:-\\w+)+)");
    private static final Pattern INCLUDE = Pattern.compile("^\\{%-?\\s*include(?:_relative)?\\s");

    private JekyllLiquid() {
    }

    static String toLiqp(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher markup = MARKUP.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        while (markup.find()) {
            out.append(text, last, markup.start()).append(rewrite(markup.group()));
            last = markup.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String rewrite(String tag) {
        boolean include = INCLUDE.matcher(tag).find();
        StringBuilder out = new StringBuilder(tag.length());
        int i = 0;
        while (i < tag.length()) {
            char c = tag.charAt(i);
            if (c == '"' || c == '\'') {
                int close = closingQuote(tag, i, include);
                String literal = tag.substring(i, close + 1);
                out.append(include ? unescaped(literal) : literal);
                i = close + 1;
            } else {
                int next = nextQuote(tag, i);
                out.append(HYPHENATED.matcher(tag.substring(i, next)).replaceAll("[\"$1\"]"));
                i = next;
            }
        }
        return out.toString();
    }

    private static int nextQuote(String tag, int from) {
        for (int i = from; i < tag.length(); i++) {
            if (tag.charAt(i) == '"' || tag.charAt(i) == '\'') {
                return i;
            }
        }
        return tag.length();
    }

    /** The closing quote of the string opened at {@code open}; a backslash escapes a quote only in includes. */
    private static int closingQuote(String tag, int open, boolean backslashEscapes) {
        char quote = tag.charAt(open);
        for (int i = open + 1; i < tag.length(); i++) {
            if (backslashEscapes && tag.charAt(i) == '\\' && i + 1 < tag.length()) {
                i++;
            } else if (tag.charAt(i) == quote) {
                return i;
            }
        }
        // Unclosed: leave the rest as written, for the parser to report.
        return tag.length() - 1;
    }

    /** A quoted include parameter with its escaped quotes as Jekyll reads them, in quotes liqp accepts. */
    private static String unescaped(String literal) {
        if (literal.length() < 2 || literal.indexOf('\\') < 0) {
            return literal;
        }
        char quote = literal.charAt(0);
        String inside = literal.substring(1, literal.length() - 1).replace("\\" + quote, String.valueOf(quote));
        if (inside.indexOf('\'') < 0) {
            return "'" + inside + "'";
        }
        if (inside.indexOf('"') < 0) {
            return "\"" + inside + "\"";
        }
        // Both kinds of quote: the double ones become the entity, which the published HTML shows the same.
        return "'" + inside.replace("'", "&#39;") + "'";
    }
}
