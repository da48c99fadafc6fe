package dev.guidecheck.browser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.AtomicFiles;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chromium.HasCdp;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The cookies the browser holds for each of the given sites, whatever their path: read from the browser's
     * cookie jar on the DevTools protocol. WebDriver gives only the cookies the page it shows would be sent, so
     * a cookie scoped to a path ("/app") was missed from the site's home page, and a run restoring the session
     * was not signed in. A driver without the protocol visits each site and saves what WebDriver gives there.
     */
    public static SavedSession capture(WebDriver driver, List<URI> origins) {
        onAnOpenTab(driver);
        Optional<List<Map<String, Object>>> jar = cookieJar(driver);
        Map<String, List<SavedCookie>> byOrigin = new LinkedHashMap<>();
        for (URI origin : origins) {
            List<SavedCookie> cookies = new ArrayList<>();
            if (jar.isPresent()) {
                for (Map<String, Object> c : jar.get()) {
                    if (sentTo(origin, String.valueOf(c.get("domain")), Boolean.TRUE.equals(c.get("secure")))) {
                        cookies.add(fromJar(c));
                    }
                }
            } else {
                driver.get(origin.toString());
                for (Cookie c : driver.manage().getCookies()) {
                    cookies.add(new SavedCookie(c.getName(), c.getValue(), c.getDomain(), c.getPath(),
                            c.getExpiry() == null ? null : c.getExpiry().getTime(), c.isSecure(), c.isHttpOnly(),
                            c.getSameSite()));
                }
            }
            byOrigin.put(key(origin), cookies);
        }
        return new SavedSession(byOrigin);
    }

    /**
     * Points the driver at a tab that is open. A person signing in may have closed the tab the browser started
     * with (the portal opened in a new one, the first closed); the driver still points at it, and every command
     * would fail with "no such window". Every tab of the browser reads the same cookie jar.
     */
    private static void onAnOpenTab(WebDriver driver) {
        Set<String> open = driver.getWindowHandles();
        try {
            if (open.contains(driver.getWindowHandle())) {
                return;
            }
        } catch (NoSuchWindowException closed) {
            // the driver's tab was closed: another is chosen below
        }
        if (open.isEmpty()) {
            throw new IllegalStateException("the browser has no tab open: there is no session to save");
        }
        driver.switchTo().window(open.iterator().next());
    }

    /** Every cookie the browser holds, as the DevTools protocol describes them; empty when the driver cannot say. */
    @SuppressWarnings("unchecked")
    private static Optional<List<Map<String, Object>>> cookieJar(WebDriver driver) {
        if (!(driver instanceof HasCdp)) {
            return Optional.empty();
        }
        try {
            Object cookies = ((HasCdp) driver).executeCdpCommand("Storage.getCookies", Map.of()).get("cookies");
            return cookies instanceof List<?> list ? Optional.of((List<Map<String, Object>>) list) : Optional.empty();
        } catch (WebDriverException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the browser sends a cookie of that domain to the site: the site's host is the domain, or under it
     * when the domain starts with a dot; a Secure cookie goes over https only (and to the loopback address).
     */
    static boolean sentTo(URI origin, String domain, boolean secure) {
        String host = origin.getHost().toLowerCase(Locale.ROOT);
        String d = domain.toLowerCase(Locale.ROOT);
        boolean domainMatches = d.startsWith(".") ? host.equals(d.substring(1)) || host.endsWith(d) : host.equals(d);
        boolean trustworthy = "https".equalsIgnoreCase(origin.getScheme()) || host.equals("127.0.0.1")
                || host.equals("localhost") || host.equals("[::1]");
        return domainMatches && (!secure || trustworthy);
    }

    /**
     * A cookie of the jar as WebDriver would give it: the expiry in whole seconds (the jar keeps fractions,
     * WebDriver and the restore do not), none for a session cookie, SameSite only when it was set.
     */
    private static SavedCookie fromJar(Map<String, Object> c) {
        boolean session = Boolean.TRUE.equals(c.get("session"));
        Long expiry = session || !(c.get("expires") instanceof Number n) || n.doubleValue() < 0
                ? null : n.longValue() * 1000;
        Object sameSite = c.get("sameSite");
        return new SavedCookie(String.valueOf(c.get("name")), String.valueOf(c.get("value")), String.valueOf(c.get("domain")),
                String.valueOf(c.get("path")), expiry, Boolean.TRUE.equals(c.get("secure")),
                Boolean.TRUE.equals(c.get("httpOnly")), sameSite == null ? null : sameSite.toString());
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
