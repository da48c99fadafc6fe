package dev.guidecheck.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Invisible tags at the end of source lines that survive Liquid rendering, so each rendered line can be
 * traced to the file and line it was written on without re-implementing Liquid.
 *
 * <p>A marker is {@link #START} followed by three private-use characters: the file id and the line number
 * (two base-4096 digits). Lines inside an unclosed {@code {% %}} or {@code {{ }}} get no marker, because a
 * marker there would change the tag; the rendered output of such a tag takes the origin of the next marker.
 */
final class OriginMarkers {

    /** Announces a marker; a source that contains it is refused rather than traced wrongly. */
    static final char START = '\uF8F0';
    private static final char DIGIT_ZERO = '\uE000';
    private static final int BASE = 0x1000;
    static final int MAX_FILES = BASE;
    private static final int MAX_LINE = BASE * BASE - 1;

    private OriginMarkers() {
    }

    /** The 1-based line of the source that holds the marker character, if any. */
    static Optional<Integer> lineWithStart(String text) {
        int at = text.indexOf(START);
        return at < 0 ? Optional.empty() : Optional.of(lineOf(text, at));
    }

    static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The text with a marker at the end of each line outside a Liquid tag; {@code firstLine} is the number
     * of the text's first line in its file (the body of a page starts after its front matter).
     */
    static String mark(String text, int fileId, int firstLine) {
        if (fileId < 0 || fileId >= MAX_FILES) {
            throw new IllegalArgumentException("file id out of range: " + fileId);
        }
        String[] lines = text.split("\n", -1);
        StringBuilder marked = new StringBuilder(text.length() + lines.length * 4);
        String openCloser = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            openCloser = scanTags(line, openCloser);
            marked.append(line);
            // The piece after a final newline is not a line; a marker there would leak past the end of the file.
            boolean last = i == lines.length - 1;
            if (!(last && line.isEmpty()) && openCloser == null) {
                appendMarker(marked, fileId, firstLine + i);
            }
            if (!last) {
                marked.append('\n');
            }
        }
        return marked.toString();
    }

    /** The closer still awaited after this line ("%}" or "}}"), or null when no tag is left open. */
    private static String scanTags(String line, String openCloser) {
        int i = 0;
        while (i < line.length()) {
            if (openCloser == null) {
                if (line.startsWith("{%", i)) {
                    openCloser = "%}";
                    i += 2;
                } else if (line.startsWith("{{", i)) {
                    openCloser = "}}";
                    i += 2;
                } else {
                    i++;
                }
            } else if (line.startsWith(openCloser, i)) {
                openCloser = null;
                i += 2;
            } else {
                i++;
            }
        }
        return openCloser;
    }

    private static void appendMarker(StringBuilder out, int fileId, int line) {
        if (line > MAX_LINE) {
            throw new IllegalArgumentException("line out of range: " + line);
        }
        out.append(START)
                .append((char) (DIGIT_ZERO + fileId))
                .append((char) (DIGIT_ZERO + line / BASE))
                .append((char) (DIGIT_ZERO + line % BASE));
    }

    /**
     * Where the Liquid tag around an offset of the text opens, or the offset itself when it is outside any
     * tag: a parser that trips over an unclosed tag notices lines later, but the author has to fix the opening.
     */
    static int openingOfTagAround(String text, int offset) {
        int opening = -1;
        String closer = null;
        int i = 0;
        while (i < Math.min(offset, text.length())) {
            if (closer == null && (text.startsWith("{%", i) || text.startsWith("{{", i))) {
                closer = text.charAt(i + 1) == '%' ? "%}" : "}}";
                opening = i;
                i += 2;
            } else if (closer != null && text.startsWith(closer, i)) {
                closer = null;
                i += 2;
            } else {
                i++;
            }
        }
        return closer != null ? opening : offset;
    }

    /** Rendered text without its markers, and where each of its lines came from. */
    record Stripped(String text, LineMap lines) {
    }

    /**
     * Removes the markers. A line's origin is its first marker, which closes the source line its text
     * starts with; a line without a marker takes the origin of the next marked line (or of the last one).
     */
    static Stripped strip(String rendered, List<String> files) {
        String[] lines = rendered.split("\n", -1);
        List<SourceRef> origins = new ArrayList<>(lines.length);
        StringBuilder text = new StringBuilder(rendered.length());
        int unresolvedFrom = 0;
        SourceRef last = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            SourceRef first = null;
            for (int c = 0; c < line.length(); c++) {
                if (isMarkerAt(line, c)) {
                    if (first == null) {
                        first = decode(line, c, files);
                    }
                    c += 3;
                } else {
                    text.append(line.charAt(c));
                }
            }
            if (i < lines.length - 1) {
                text.append('\n');
            }
            origins.add(first);
            if (first != null) {
                for (int j = unresolvedFrom; j < i; j++) {
                    origins.set(j, first);
                }
                unresolvedFrom = i + 1;
                last = first;
            }
        }
        if (last == null) {
            throw new IllegalStateException("the rendered text carries no origin marker");
        }
        for (int j = unresolvedFrom; j < lines.length; j++) {
            origins.set(j, last);
        }
        return new Stripped(text.toString(), new LineMap(origins));
    }

    private static boolean isMarkerAt(String line, int c) {
        if (line.charAt(c) != START || c + 3 >= line.length()) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            char digit = line.charAt(c + k);
            if (digit < DIGIT_ZERO || digit >= DIGIT_ZERO + BASE) {
                return false;
            }
        }
        return true;
    }

    private static SourceRef decode(String line, int c, List<String> files) {
        int fileId = line.charAt(c + 1) - DIGIT_ZERO;
        int number = (line.charAt(c + 2) - DIGIT_ZERO) * BASE + (line.charAt(c + 3) - DIGIT_ZERO);
        return new SourceRef(files.get(fileId), number);
    }
}
