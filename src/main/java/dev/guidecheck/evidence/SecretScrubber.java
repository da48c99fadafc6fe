package dev.guidecheck.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The secrets seen during a run (passwords, recorded credentials, cookie values), and the one place that
 * removes them from any text before it is written: page sources, logs, reports. Safe to share between
 * test threads.
 */
public final class SecretScrubber {

    /** Shorter values are not secrets worth hiding, and replacing them would mangle ordinary words. */
    public static final int MIN_LENGTH = 4;

    /** What scrub uses; replaced whole on each register, so scrub needs no lock. */
    private record Registry(Set<String> secrets, Map<String, String> maskByForm, Pattern anyForm) {
        static final Registry EMPTY = new Registry(Set.of(), Map.of(), null);
    }

    private final Object lock = new Object();
    private volatile Registry registry = Registry.EMPTY;

    /** Remembers a secret; blank and short values (under {@value #MIN_LENGTH} characters) are ignored. */
    public void register(String secret) {
        if (secret == null || secret.isBlank() || secret.length() < MIN_LENGTH) {
            return;
        }
        String mask = "[secret: " + CredentialMask.mask(secret) + "]";
        synchronized (lock) {
            if (registry.secrets().contains(secret)) {
                return;
            }
            Set<String> secrets = new HashSet<>(registry.secrets());
            secrets.add(secret);
            Map<String, String> maskByForm = new HashMap<>(registry.maskByForm());
            for (String form : writtenForms(secret)) {
                maskByForm.putIfAbsent(form, mask);
            }
            // One pass over the text, longest form first: a secret inside a longer one goes whole, and the
            // masks already written are never searched again.
            String alternatives = maskByForm.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"));
            registry = new Registry(Set.copyOf(secrets), Map.copyOf(maskByForm), Pattern.compile(alternatives));
        }
    }

    /** The text with every registered secret, in every written form, replaced by its mask. */
    public String scrub(String text) {
        Registry current = registry;
        if (text == null || text.isEmpty() || current.anyForm() == null) {
            return text;
        }
        return current.anyForm().matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement(current.maskByForm().get(match.group())));
    }

    /**
     * The secrets themselves, so a screenshot can mask them wherever the page shows them; never write
     * them anywhere.
     */
    public List<String> values() {
        return registry.secrets().stream().sorted().toList();
    }

    /** How many secrets (not forms) are known, for a report's "n secrets scrubbed". */
    public int size() {
        return registry.secrets().size();
    }

    /** The ways a secret appears in what we write: as is, in a URL or form body, in HTML, in JSON. */
    static List<String> writtenForms(String secret) {
        List<String> forms = new ArrayList<>();
        forms.add(secret);
        String formEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        forms.add(formEncoded);
        forms.add(formEncoded.replace("+", "%20"));
        forms.add(htmlEscaped(secret, "&#39;"));
        forms.add(htmlEscaped(secret, "&#x27;"));
        forms.add(htmlEscaped(secret, "&apos;"));
        forms.add(jsonEscaped(secret));
        return forms.stream().distinct().toList();
    }

    private static String htmlEscaped(String secret, String apostrophe) {
        return secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", apostrophe);
    }

    private static String jsonEscaped(String secret) {
        return secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/");
    }
}
