package dev.guidecheck.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ends a one-line HTML block where kramdown ends it. kramdown takes a block HTML element up to its closing
 * tag and reads the next line as Markdown again; flexmark (like CommonMark) runs the block on to the next
 * blank line, so an image or sentence written right under a {@code {% include note.html %}} would vanish
 * into the HTML. A blank line after such an element, with the element's origin, makes both read the same.
 */
final class HtmlBlockEnds {

    private static final Pattern ONE_LINE_ELEMENT = Pattern.compile("^ {0,12}<([A-Za-z][\\w-]*)\\b[^>]*>.*</\\1>\\s*$");

    private HtmlBlockEnds() {
    }

    static OriginMarkers.Stripped separate(OriginMarkers.Stripped rendered) {
        String[] lines = rendered.text().split("\n", -1);
        List<String> out = new ArrayList<>(lines.length + 8);
        List<SourceRef> origins = new ArrayList<>(lines.length + 8);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            out.add(lines[i]);
            origins.add(rendered.lines().origin(i + 1));
            if (i + 1 < lines.length && !lines[i + 1].isBlank() && ONE_LINE_ELEMENT.matcher(lines[i]).matches()) {
                out.add("");
                origins.add(rendered.lines().origin(i + 1));
                changed = true;
            }
        }
        return changed ? new OriginMarkers.Stripped(String.join("\n", out), new LineMap(origins)) : rendered;
    }
}
