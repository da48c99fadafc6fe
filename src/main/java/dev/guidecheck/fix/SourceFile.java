package dev.guidecheck.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of the docs tree as the check read it, and the edits made to it: text replaced on a line,
 * lines inserted before one, lists renumbered. Edits are recorded against the original lines, so the
 * result can be shown as a unified diff and as the new text of the lines a finding points at.
 */
final class SourceFile {

    /** A Markdown list item: indent, number, delimiter, space, text. */
    static final Pattern ITEM = Pattern.compile("^( {0,3})(\\d{1,9})([.)])([ \\t]+)(.*)$");

    /** A line of the edited file: the original line it stands for (-1 when inserted) and its text. */
    record Line(int original, String text) {
    }

    private final String path;
    private final String text;
    private final List<String> lines;
    private final String lineEnd;
    private final boolean endsWithNewline;
    private final Map<Integer, String> replaced = new HashMap<>();
    private final Map<Integer, List<String>> inserted = new HashMap<>();
    private final List<java.util.Set<Integer>> renumber = new ArrayList<>();

    SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
        this.endsWithNewline = text.endsWith("\n");
        String body = endsWithNewline ? text.substring(0, text.length() - 1) : text;
        this.lines = text.isEmpty() ? List.of() : List.of(body.split("\n", -1));
        this.lineEnd = !lines.isEmpty() && lines.get(0).endsWith("\r") ? "\r" : "";
    }

    /** A fresh copy of the file as read, without edits. */
    SourceFile unedited() {
        return new SourceFile(path, text);
    }

    String path() {
        return path;
    }

    String text() {
        return text;
    }

    /** The 1-based line as the check read it, without its line break; empty past the end (nothing there to edit). */
    String line(int line) {
        return line >= 1 && line <= lines.size() ? strip(lines.get(line - 1)) : "";
    }

    int lineCount() {
        return lines.size();
    }

    /** The 1-based line as edited so far. */
    String current(int line) {
        return replaced.getOrDefault(line, line(line));
    }

    /**
     * On the 1-based line, the first {@code written} becomes {@code replacement}; false (and nothing
     * changed) when the line, as edited so far, does not hold it.
     */
    boolean replace(int line, String written, String replacement) {
        if (line < 1 || line > lines.size()) {
            return false;
        }
        String now = current(line);
        int at = now.indexOf(written);
        if (at < 0) {
            return false;
        }
        String edited = now.substring(0, at) + replacement + now.substring(at + written.length());
        if (edited.equals(line(line))) {
            replaced.remove(line);
        } else {
            replaced.put(line, edited);
        }
        return true;
    }

    /** Inserts a line before the 1-based line; an identical line inserted there already is not added twice. */
    void insertBefore(int line, String newLine) {
        List<String> before = inserted.computeIfAbsent(line, l -> new ArrayList<>());
        if (!before.contains(newLine)) {
            before.add(newLine);
        }
    }

    /** Renumbers, at the end, the list whose items are on these 1-based lines (and any line inserted before one). */
    void renumberList(java.util.Collection<Integer> itemLines) {
        java.util.Set<Integer> list = new TreeSet<>(itemLines);
        if (!renumber.contains(list)) {
            renumber.add(list);
        }
    }

    boolean edited() {
        return !edited(result()).isEmpty();
    }

    /** The edited file, line by line, with every list marked for it renumbered. */
    List<Line> result() {
        List<Line> out = new ArrayList<>();
        for (int i = 1; i <= lines.size(); i++) {
            for (String l : inserted.getOrDefault(i, List.of())) {
                out.add(new Line(-1, l));
            }
            out.add(new Line(i, current(i)));
        }
        for (java.util.Set<Integer> list : renumber) {
            renumber(out, list);
        }
        return out;
    }

    /** The edited file's text, with the file's own line breaks. */
    String editedText() {
        List<String> texts = result().stream().map(Line::text).toList();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            b.append(texts.get(i)).append(lineEnd);
            if (i < texts.size() - 1 || endsWithNewline) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    /**
     * The original lines that changed (1-based, in order), each with the lines that now stand for it
     * (inserted lines go with the line they were inserted before).
     */
    Map<Integer, List<String>> edited(List<Line> result) {
        Map<Integer, List<String>> now = new java.util.TreeMap<>();
        List<String> pending = new ArrayList<>();
        for (Line l : result) {
            pending.add(l.text());
            if (l.original() > 0) {
                if (pending.size() != 1 || !pending.get(0).equals(line(l.original()))) {
                    now.put(l.original(), List.copyOf(pending));
                }
                pending.clear();
            }
        }
        return now;
    }

    /**
     * Renumbers a list given by its items' lines, with the lines inserted before them: one number for
     * every item when the author wrote one number for every item ("1." throughout), otherwise 1, 2, 3, ...
     * as kramdown shows them.
     */
    private void renumber(List<Line> out, java.util.Set<Integer> list) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Line l = out.get(i);
            boolean insertedIntoList = l.original() < 0 && nextOriginal(out, i).map(list::contains).orElse(false);
            if ((list.contains(l.original()) || insertedIntoList) && ITEM.matcher(l.text()).matches()) {
                items.add(i);
            }
        }
        List<String> written = new ArrayList<>();
        for (int line : list) {
            Matcher m = ITEM.matcher(line(line));
            if (m.matches()) {
                written.add(m.group(2));
            }
        }
        boolean oneNumber = written.size() > 1 && written.stream().distinct().count() == 1;
        for (int n = 0; n < items.size(); n++) {
            int i = items.get(n);
            Matcher m = ITEM.matcher(out.get(i).text());
            if (m.matches()) {
                String number = oneNumber ? written.get(0) : String.valueOf(n + 1);
                out.set(i, new Line(out.get(i).original(), m.group(1) + number + m.group(3) + m.group(4) + m.group(5)));
            }
        }
    }

    private static java.util.Optional<Integer> nextOriginal(List<Line> out, int i) {
        for (int j = i + 1; j < out.size(); j++) {
            if (out.get(j).original() > 0) {
                return java.util.Optional.of(out.get(j).original());
            }
        }
        return java.util.Optional.empty();
    }

    String lineEnd() {
        return lineEnd;
    }

    boolean endsWithNewline() {
        return endsWithNewline;
    }

    /** The original lines, each with its line-end character kept off. */
    List<String> originalLines() {
        return lines.stream().map(SourceFile::strip).toList();
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
