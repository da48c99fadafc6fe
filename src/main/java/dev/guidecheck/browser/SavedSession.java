package dev.guidecheck.browser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.AtomicFiles;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A signed-in browser session saved as cookies per site, so scheduled runs against live sites get
 * past MFA and captchas: one person signs in once in a headed browser, the runs reuse the cookies
 * until they expire. The file holds secrets: it is written readable by its owner only.
 */
public final class SavedSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One cookie as saved; {@code domain} as the browser reports it (a leading dot for a cookie that also
     * goes to subdomains), {@code expiry} in epoch milliseconds or null for a session cookie, {@code sameSite}
     * "Strict", "Lax", "None" or null when the browser did not say (files saved before it was kept).
     */
    public record SavedCookie(String name, String value, String domain, String path, Long expiry,
                              boolean secure, boolean httpOnly, String sameSite) {
        @Override
        public String toString() {
            return "SavedCookie[" + name + "@" + domain + "]";
        }
    }

    private final Map<String, List<SavedCookie>> cookiesByOrigin;

    private SavedSession(Map<String, List<SavedCookie>> cookiesByOrigin) {
        this.cookiesByOrigin = cookiesByOrigin;
    }

    /** The cookies the browser holds for each of the given sites (visits each to read them). */
    public static SavedSession capture(WebDriver driver, List<URI> origins) {
        Map<String, List<SavedCookie>> byOrigin = new LinkedHashMap<>();
        for (URI origin : origins) {
            driver.get(origin.toString());
            List<SavedCookie> cookies = new ArrayList<>();
            for (Cookie c : driver.manage().getCookies()) {
                cookies.add(new SavedCookie(c.getName(), c.getValue(), c.getDomain(), c.getPath(),
                        c.getExpiry() == null ? null : c.getExpiry().getTime(), c.isSecure(), c.isHttpOnly(),
                        c.getSameSite()));
            }
            byOrigin.put(key(origin), cookies);
        }
        return new SavedSession(byOrigin);
    }

    public static SavedSession read(Path file) throws IOException {
        return new SavedSession(JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, List<SavedCookie>>>() {
        }));
    }

    /** Writes the session whole (temporary file, then rename), readable by its owner only. */
    public void write(Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(cookiesByOrigin), AtomicFiles.OWNER_ONLY);
    }

    /** Whether cookies were saved for a site. */
    public boolean covers(URI origin) {
        return !cookiesByOrigin.getOrDefault(key(origin), List.of()).isEmpty();
    }

    /** Every cookie value: secrets to scrub from any report. */
    public List<String> values() {
        return cookiesByOrigin.values().stream().flatMap(List::stream).map(SavedCookie::value).toList();
    }

    /**
     * Puts the saved cookies for a site into the browser as they were saved: name, value, domain, path,
     * expiry, Secure, HttpOnly and SameSite. The browser must be on that site (cookies can only be set for
     * the current document's origin). A cookie saved for the site's host alone is set without a domain,
     * which keeps it for that host alone, as it was; one saved for a domain (".example.com") gets it back.
     */
    public void restore(WebDriver driver, URI origin) {
        for (SavedCookie c : cookiesByOrigin.getOrDefault(key(origin), List.of())) {
            Cookie.Builder cookie = new Cookie.Builder(c.name(), c.value())
                    .path(c.path() == null ? "/" : c.path())
                    .expiresOn(c.expiry() == null ? null : new Date(c.expiry()))
                    .isSecure(c.secure())
                    .isHttpOnly(c.httpOnly());
            if (c.domain() != null && !c.domain().equalsIgnoreCase(origin.getHost())) {
                cookie.domain(c.domain());
            }
            if (c.sameSite() != null) {
                cookie.sameSite(c.sameSite());
            }
            driver.manage().addCookie(cookie.build());
        }
    }

    private static String key(URI origin) {
        return origin.getScheme() + "://" + origin.getAuthority();
    }
}
