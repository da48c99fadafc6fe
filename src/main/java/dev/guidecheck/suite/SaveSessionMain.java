package dev.guidecheck.suite;

import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSession;
import dev.guidecheck.browser.BrowserSettings;
import dev.guidecheck.browser.SavedSession;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the saved session that scheduled live runs reuse: opens a visible browser on both sites,
 * waits while a person signs in (MFA, captchas and all), then saves the cookies to the file named by
 * {@code guidecheck.live.session}. Run it with {@code mvn -q compile exec:java@save-session}.
 */
public final class SaveSessionMain {

    private SaveSessionMain() {
    }

    public static void main(String[] args) throws Exception {
        String file = System.getProperty("guidecheck.live.session");
        if (file == null || file.isBlank()) {
            System.err.println("guidecheck: guidecheck.live.session: name the file to write the session to");
            System.exit(3);
        }
        URI infusionsoft = URI.create(System.getProperty("guidecheck.live.infusionsoft", "https://www.infusionsoft.com"));
        URI portal = URI.create(System.getProperty("guidecheck.live.portal", "https://keys.developer.infusionsoft.com"));
        // A person signs in, so the browser shows by default; -Dguidecheck.headless=true is for scripts.
        boolean headless = Boolean.parseBoolean(System.getProperty("guidecheck.headless", "false"));
        BrowserSettings browser = new BrowserSettings(headless, true, null, null, null);
        try (BrowserSession session = BrowserFactory.of(browser).open()) {
            session.driver().get(infusionsoft.toString());
            System.out.println("Sign in to " + infusionsoft + " and to " + portal + " in the browser window"
                    + " (in any tab; keep the browser open), then press Enter here.");
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            SavedSession.capture(session.driver(), List.of(infusionsoft, portal)).write(Path.of(file));
        }
        System.out.println("Saved the session to " + file + " (readable by you only). Pass it to runs with"
                + " -Dguidecheck.live.session=" + file);
    }
}
