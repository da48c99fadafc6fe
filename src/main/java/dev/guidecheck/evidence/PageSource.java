package dev.guidecheck.evidence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.WebDriver;

/** The page source kept as failure evidence, with nothing in it that could give a secret away. */
public final class PageSource {

    /** An input tag; quoted attribute values may contain '>'. */
    private static final Pattern INPUT_TAG =
            Pattern.compile("<input\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSWORD_TYPE =
            Pattern.compile("\\stype\\s*=\\s*(?:\"\\s*password\\s*\"|'\\s*password\\s*'|password(?=[\\s/>]))",
                    Pattern.CASE_INSENSITIVE);
    /** The value attribute itself, not data-value or similar: it follows whitespace. */
    private static final Pattern VALUE_ATTRIBUTE =
            Pattern.compile("\\s+value(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?(?=[\\s/>])",
                    Pattern.CASE_INSENSITIVE);

    private PageSource() {
    }

    /** The current page's source, password inputs' values removed and registered secrets masked. */
    public static String scrubbed(WebDriver driver, SecretScrubber secrets) {
        return scrub(driver.getPageSource(), secrets);
    }

    /** The same for HTML already in hand. */
    public static String scrub(String html, SecretScrubber secrets) {
        if (html == null) {
            return null;
        }
        return secrets.scrub(withoutPasswordValues(html));
    }

    static String withoutPasswordValues(String html) {
        Matcher tags = INPUT_TAG.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (tags.find()) {
            String tag = tags.group();
            String cleaned = PASSWORD_TYPE.matcher(tag).find() ? VALUE_ATTRIBUTE.matcher(tag).replaceAll("") : tag;
            tags.appendReplacement(out, Matcher.quoteReplacement(cleaned));
        }
        tags.appendTail(out);
        return out.toString();
    }
}
