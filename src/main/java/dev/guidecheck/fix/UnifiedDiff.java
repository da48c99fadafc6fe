package dev.guidecheck.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A unified diff of edited docs files in the form {@code git apply} takes: paths relative to the docs root (or to
 * the top of the git checkout it is in) with {@code a/} and {@code b/} prefixes, three lines of context, hunks
 * merged where their contexts touch. Built from the edits' own record of which original lines changed, so no
 * diff algorithm guesses.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /**
     * The diff of one file, empty when nothing changed; its path prefixed with {@code prefix}: the docs root's path
     * inside the git checkout it is in ("" at the checkout's top or outside any), so that the paths are the checkout's.
     */
    static String of(SourceFile file, String prefix) {
        Map<Integer, List<String>> changed = file.edited(file.result());
        if (changed.isEmpty()) {
            return "";
        }
        List<String> old = file.originalLines();
        List<int[]> hunks = new ArrayList<>();
        for (int line : changed.keySet()) {
            int from = Math.max(1, line - CONTEXT);
            int to = Math.min(old.size(), line + CONTEXT);
            if (!hunks.isEmpty() && from <= hunks.get(hunks.size() - 1)[1] + 1) {
                hunks.get(hunks.size() - 1)[1] = Math.max(hunks.get(hunks.size() - 1)[1], to);
            } else {
                hunks.add(new int[]{from, to});
            }
        }
        String end = file.lineEnd();
        StringBuilder diff = new StringBuilder();
        String path = prefix + file.path();
        diff.append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                .append("--- a/").append(path).append('\n')
                .append("+++ b/").append(path).append('\n');
        int shift = 0;
        for (int[] hunk : hunks) {
            StringBuilder body = new StringBuilder();
            int oldCount = 0;
            int newCount = 0;
            for (int line = hunk[0]; line <= hunk[1]; line++) {
                boolean last = line == old.size() && !file.endsWithNewline();
                List<String> now = changed.get(line);
                if (now == null) {
                    body.append(' ').append(old.get(line - 1)).append(end).append('\n');
                    noNewline(body, last);
                    oldCount++;
                    newCount++;
                } else if (now.get(now.size() - 1).equals(old.get(line - 1))) {
                    // Lines inserted before a line that stays as it was: the line is context, not removed and added.
                    for (String inserted : now.subList(0, now.size() - 1)) {
                        body.append('+').append(inserted).append(end).append('\n');
                        newCount++;
                    }
                    body.append(' ').append(old.get(line - 1)).append(end).append('\n');
                    noNewline(body, last);
                    oldCount++;
                    newCount++;
                } else {
                    body.append('-').append(old.get(line - 1)).append(end).append('\n');
                    noNewline(body, last);
                    oldCount++;
                    for (int i = 0; i < now.size(); i++) {
                        body.append('+').append(now.get(i)).append(end).append('\n');
                        noNewline(body, last && i == now.size() - 1);
                        newCount++;
                    }
                }
            }
            int newStart = hunk[0] + shift;
            diff.append("@@ -").append(range(hunk[0], oldCount)).append(" +").append(range(newStart, newCount))
                    .append(" @@\n").append(body);
            shift += newCount - oldCount;
        }
        return diff.toString();
    }

    private static void noNewline(StringBuilder body, boolean last) {
        if (last) {
            body.append("\\ No newline at end of file\n");
        }
    }

    private static String range(int start, int count) {
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }
}
