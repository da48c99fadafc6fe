package dev.guidecheck.steps;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a recorded value looks like the credential the guide names: a URL for anything called a
 * URL, otherwise a key-like token. Deliberately loose: it catches empty, masked and placeholder
 * values, not a provider's exact key format, so it holds on the live sites too.
 */
public final class CredentialShapes {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern MASK = Pattern.compile("[•*●·\\u2022x]+", Pattern.CASE_INSENSITIVE);

    private CredentialShapes() {
    }

    /** Empty when the value is plausible; otherwise why not, in words for the report. */
    public static Optional<String> problem(String credential, String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("is empty");
        }
        String v = value.trim();
        if (MASK.matcher(v).matches()) {
            return Optional.of("is hidden (shown as " + v.length() + " mask characters)");
        }
        if (credential.toLowerCase(Locale.ROOT).contains("url")) {
            try {
                URI uri = URI.create(v);
                if (uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null) {
                    return Optional.empty();
                }
            } catch (IllegalArgumentException e) {
                // falls through to the message below
            }
            return Optional.of("is not an http(s) URL");
        }
        if (!TOKEN.matcher(v).matches()) {
            return Optional.of("does not look like a key (expected 8 or more letters and digits, no spaces)");
        }
        return Optional.empty();
    }
}
