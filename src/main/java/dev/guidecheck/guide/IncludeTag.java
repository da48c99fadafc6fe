package dev.guidecheck.guide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import liqp.Template;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * Jekyll's {@code {% include file param="value" %}}, resolved from the docs root's {@code _includes}. It
 * replaces liqp's own include tag, which swallows a missing file and cannot mark the included lines with
 * their origin; this one marks them and fails with the file and line of the tag or of the error inside.
 */
final class IncludeTag extends Tag {

    private final Path docsRoot;
    private final Path includesDir;

    IncludeTag(Path docsRoot) {
        super("include");
        this.docsRoot = docsRoot;
        this.includesDir = docsRoot.resolve("_includes").normalize();
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        RenderState state = RenderState.of(context);
        // Errors in the tag's own name and parameters belong to the including file: let them reach its handler.
        String name = asString(nodes[0].render(context), context);
        Map<String, Object> variables = new HashMap<>();
        if (nodes.length > 1) {
            Map<String, Object> parameters = new HashMap<>();
            for (int i = 1; i < nodes.length; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> parameter = (Map<String, Object>) nodes[i].render(context);
                parameters.putAll(parameter);
            }
            // As Jekyll does, "include" is only (re)defined by an include that passes parameters.
            variables.put("include", parameters);
        }
        Path file = includesDir.resolve(name).normalize();
        String relative = docsRoot.relativize(file).toString().replace('\\', '/');
        if (!file.startsWith(includesDir) || !Files.isRegularFile(file)) {
            throw failAtTag(state, name, "include " + name + " not found in " + includesDir);
        }
        if (state.isRendering(relative)) {
            throw failAtTag(state, name, "include " + name + " includes itself");
        }
        SourceText included = state.open(relative, GuideReader.readText(file), 1);
        state.enter(included);
        try {
            Template template = LiquidRenderer.parse(context.getParser(), included);
            return template.renderToObjectUnguarded(variables, context, true);
        } catch (RuntimeException e) {
            throw state.translate(e, included);
        } finally {
            state.leave();
        }
    }

    private static GuideException failAtTag(RenderState state, String name, String reason) {
        SourceText caller = state.current();
        return caller.includeOf(name)
                .map(where -> GuideException.at(where, reason))
                .orElseGet(() -> GuideException.inFile(caller.file(), reason));
    }
}
