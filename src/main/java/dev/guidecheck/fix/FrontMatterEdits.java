package dev.guidecheck.fix;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of a page's YAML front matter that change one top-level value and nothing else: the key, the
 * spacing, the quotes the author chose and a trailing {@code # comment} stay as written.
 */
final class FrontMatterEdits {

    /** {@code key: value   # comment}, the value plain or quoted. */
    private static final Pattern ENTRY = Pattern.compile(
            "^(?<key>[A-Za-z0-9_-]+)(?<colon>\\s*:[ \\t]*)(?<value>\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|(?:(?![ \\t]#).)*?)"
                    + "(?<rest>[ \\t]+#.*|[ \\t]*)$");
    /** A plain YAML scalar that reads back as itself. */
    private static final Pattern PLAIN = Pattern.compile("^[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`](?:(?!: | #)[^\\t])*(?<!\\s)$");

    private FrontMatterEdits() {
    }

    /** The 1-based lines of the front matter (between the opening and closing ---), if the file has one. */
    static Optional<int[]> block(SourceFile file) {
        if (file.lineCount() < 2 || !file.line(1).strip().equals("---")) {
            return Optional.empty();
        }
        for (int line = 2; line <= file.lineCount(); line++) {
            String l = file.line(line).strip();
            if (l.equals("---") || l.equals("...")) {
                return Optional.of(new int[]{2, line - 1});
            }
        }
        return Optional.empty();
    }

    /** The value the file's own front matter gives {@code key}, as YAML reads it. */
    static Optional<Object> value(SourceFile file, String key) {
        return block(file).flatMap(b -> {
            StringBuilder yaml = new StringBuilder();
            for (int line = b[0]; line <= b[1]; line++) {
                yaml.append(file.line(line)).append('\n');
            }
            try {
                Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.toString());
                return parsed instanceof Map<?, ?> map ? Optional.ofNullable(map.get(key)) : Optional.empty();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** The edit giving {@code key} the value {@code now}, its line otherwise as written; empty when not one line. */
    static Optional<Edit.Replace> set(SourceFile file, String key, String now) {
        Optional<int[]> block = block(file);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        for (int line = block.get()[0]; line <= block.get()[1]; line++) {
            String written = file.line(line);
            Matcher m = ENTRY.matcher(written);
            if (m.matches() && m.group("key").equals(key)) {
                String value = m.group("value");
                if (value.isEmpty() || value.startsWith("|") || value.startsWith(">")) {
                    return Optional.empty(); // a block or a nested value: not one line to edit
                }
                String edited = m.group("key") + m.group("colon") + scalar(now, value.charAt(0)) + m.group("rest");
                return Optional.of(new Edit.Replace(file.path(), line, written, edited));
            }
        }
        return Optional.empty();
    }

    /** {@code value} as a YAML scalar, in the quotes the old value had, or plain when it needs none. */
    static String scalar(String value, char oldFirst) {
        if (oldFirst == '\'') {
            return "'" + value.replace("'", "''") + "'";
        }
        if (oldFirst == '"' || !PLAIN.matcher(value).matches() || isSpecialPlain(value)) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return value;
    }

    /** Words YAML would read as something other than a string. */
    private static boolean isSpecialPlain(String value) {
        return List.of("true", "false", "yes", "no", "on", "off", "null", "~").contains(value.toLowerCase(java.util.Locale.ROOT))
                || value.matches("[-+]?(\\d[\\d_]*)?(\\.\\d+)?([eE][-+]?\\d+)?");
    }
}
