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
 * Jekyll's {@code {% include file param="value" %}}, resolved from the docs root's {@code _includes}, and
 * {@code {% include_relative file %}}, resolved from the folder of the file that holds the tag. It replaces
 * liqp's own tags, which swallow a missing file and cannot mark the included lines with their origin; this
 * one marks them and fails with the file and line of the tag or of the error inside.
 */
final class IncludeTag extends Tag {

    private final Path docsRoot;
    private final boolean relative;

    private IncludeTag(String name, Path docsRoot, boolean relative) {
        super(name);
        this.docsRoot = docsRoot;
        this.relative = relative;
    }

    static IncludeTag include(Path docsRoot) {
        return new IncludeTag("include", docsRoot, false);
    }

    static IncludeTag includeRelative(Path docsRoot) {
        return new IncludeTag("include_relative", docsRoot, true);
    }

    @Override
    public Object render(TemplateContext context, LNode... nodes) {
        RenderState state = RenderState.of(context);
        // Errors in the tag's own name and parameters belong to the including file: let them reach its handler.
        String name = asString(nodes[0].render(context), context).strip();
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
        Path base = relative ? docsRoot.resolve(state.current().file()).getParent() : docsRoot.resolve("_includes");
        Path allowed = relative ? docsRoot : docsRoot.resolve("_includes");
        Path file = base.resolve(name).normalize();
        String relativePath = docsRoot.relativize(file).toString().replace('\\', '/');
        if (!file.startsWith(allowed.normalize()) || !Files.isRegularFile(file)) {
            throw failAtTag(state, name, getName() + " " + name + " not found in " + base.normalize());
        }
        if (state.isRendering(relativePath)) {
            throw failAtTag(state, name, getName() + " " + name + " includes itself");
        }
        SourceText included = state.open(relativePath, GuideReader.readText(file), 1);
        state.enter(included);
        try {
            Template template = state.parse(included);
            return template.renderToObjectUnguarded(variables, context, true);
        } catch (RuntimeException e) {
            throw state.translate(e, included);
        } finally {
            state.leave();
        }
    }

    private GuideException failAtTag(RenderState state, String name, String reason) {
        SourceText caller = state.current();
        return caller.includeOf(getName(), name)
                .map(where -> GuideException.at(where, reason))
                .orElseGet(() -> GuideException.inFile(caller.file(), reason));
    }
}
