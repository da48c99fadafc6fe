package dev.guidecheck.replica;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the replica's pages from logic-less Mustache templates on the classpath, HTML-escaped by
 * default, with the profile's labels in scope as {@code labels.*}.
 */
final class Templates {

    private static final String ROOT = "/replica/templates/";

    private final ReplicaProfile profile;
    private final Mustache.Compiler compiler;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    Templates(ReplicaProfile profile) {
        this.profile = profile;
        this.compiler = Mustache.compiler()
                .escapeHTML(true)
                .emptyStringIsFalse(true)
                .defaultValue("")
                .withLoader(name -> reader(profile.template(name)));
    }

    /** The HTML of a page: its template with the model, the profile's labels and the profile name. */
    String render(String page, Map<String, ?> model) {
        Map<String, Object> scope = new HashMap<>(model);
        scope.put("labels", profile.labels());
        scope.put("profile", profile.name());
        Template template = compiled.computeIfAbsent(profile.template(page), name -> compiler.compile(reader(name)));
        return template.execute(scope);
    }

    private static Reader reader(String name) {
        InputStream in = Templates.class.getResourceAsStream(ROOT + name + ".mustache");
        if (in == null) {
            throw new UncheckedIOException(new IOException("no template " + ROOT + name + ".mustache"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
