package dev.guidecheck.guide;

import java.util.List;

/**
 * A task the guide tells the reader to perform: an ordered list that is not inside another list. Usually an
 * intro sentence ending in a colon ("To create an application:") comes right before the list and is its
 * title. A list without such a sentence is still a procedure, because readers see numbered steps: it is
 * titled after the section heading it sits under ("Create an Application"; "Create an Application (2)" for
 * a second such list there), and its source is the list's first line.
 *
 * @param title    the intro sentence as plain text without the trailing colon, or the section's title
 * @param source   where the intro sentence (or, without one, the list) was written
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
