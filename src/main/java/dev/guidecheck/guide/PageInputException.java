package dev.guidecheck.guide;

/**
 * A page path that names no page to read: no such file, a path outside the docs root, a directory, binary
 * content, or a page with nothing in it. The user's input is wrong, not the guide, so a run treats it as
 * bad input rather than as a finding about the page.
 */
public final class PageInputException extends GuideException {

    private PageInputException(String file, String reason) {
        super(file, null, reason, null);
    }

    static PageInputException of(String file, String reason) {
        return new PageInputException(file, reason);
    }
}
