package dev.guidecheck.guide;

import java.util.List;

/**
 * One numbered step of a procedure, as a reader sees it and as the author wrote it.
 *
 * @param number   the number written in the source (authors write 1,3,4,3; a lint can compare it with position)
 * @param position the 1-based position the rendered list shows
 * @param text     the rendered plain text of the item, without its images
 * @param bold     the bold labels, in order; these are what the reader looks for on screen
 * @param links    the inline links, in order
 * @param images   the images inside the item, including an image line written right under it
 * @param source   where the item's line was written (the include file when it came from one)
 * @param page     the page that pulled the step in
 */
public record Step(int number, int position, String text, List<String> bold, List<Link> links,
                   List<ImageRef> images, SourceRef source, String page) {

    public Step {
        bold = List.copyOf(bold);
        links = List.copyOf(links);
        images = List.copyOf(images);
    }
}
