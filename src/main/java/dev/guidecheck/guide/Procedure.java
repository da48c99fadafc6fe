package dev.guidecheck.guide;

import java.util.List;

/**
 * A task the guide tells the reader to perform: an intro sentence ending in a colon followed by an ordered list.
 *
 * @param title    the intro sentence as plain text, without the trailing colon
 * @param source   where the intro sentence was written
 * @param page     the page that pulled the procedure in
 * @param section  the title of the "##" section it sits under
 * @param steps    the list items, in rendered order
 * @param markdown the rendered Markdown of the intro and the list, to quote in a report
 */
public record Procedure(String title, SourceRef source, String page, String section, List<Step> steps,
                        String markdown) {

    public Procedure {
        steps = List.copyOf(steps);
    }
}
