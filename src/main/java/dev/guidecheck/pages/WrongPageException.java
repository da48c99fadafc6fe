package dev.guidecheck.pages;

/** The browser does not show the page a page object stands for. */
public final class WrongPageException extends RuntimeException {

    private final String expected;
    private final String title;
    private final String url;

    public WrongPageException(String expected, String title, String url) {
        super("expected " + expected + ", but the browser shows \"" + title + "\" at " + url);
        this.expected = expected;
        this.title = title;
        this.url = url;
    }

    public String expected() {
        return expected;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }
}
