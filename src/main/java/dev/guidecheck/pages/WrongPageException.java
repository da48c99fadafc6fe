package dev.guidecheck.pages;

/** The browser does not show the page a page object stands for. */
public final class WrongPageException extends RuntimeException {

    private final String expected;
    private final String title;
    private final String url;

    public WrongPageException(String expected, String title, String url) {
        this("expected " + expected + ", but the browser shows \"" + title + "\" at " + url, expected, title, url);
    }

    private WrongPageException(String message, String expected, String title, String url) {
        super(message);
        this.expected = expected;
        this.title = title;
        this.url = url;
    }

    /** The site answered the page with an HTTP error (a 503, a 404) instead of the page expected. */
    static WrongPageException errorDocument(String expected, int status, String url) {
        return new WrongPageException("expected " + expected + ", but the site answered HTTP " + status + " at " + url,
                expected, "", url);
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
