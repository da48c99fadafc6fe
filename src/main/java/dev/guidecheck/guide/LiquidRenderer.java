package dev.guidecheck.guide;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.parser.Flavor;

/**
 * Renders a page's Liquid as the docs site does (Jekyll flavour, strict errors and variables, includes
 * from {@code _includes}) and traces every rendered line back to the file and line it was written on.
 */
final class LiquidRenderer {

    private final TemplateParser parser;

    LiquidRenderer(Path docsRoot) {
        this.parser = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withErrorMode(TemplateParser.ErrorMode.STRICT)
                .withStrictVariables(true)
                .withShowExceptionsFromInclude(true)
                .withTag(new IncludeTag(docsRoot))
                .build();
    }

    /** The page body rendered, without markers, with the origin of each of its lines. */
    OriginMarkers.Stripped render(String pagePath, FrontMatter page) {
        RenderState state = new RenderState(pagePath);
        SourceText body = state.open(pagePath, page.body(), page.bodyFirstLine());
        state.enter(body);
        try {
            Template template = parse(parser, body);
            TemplateContext context = new TemplateContext(template, parser, Map.of("page", pageVariable(pagePath, page)));
            state.attachTo(context);
            return OriginMarkers.strip(template.renderUnguarded(context), state.files());
        } catch (RuntimeException e) {
            throw state.translate(e, body);
        }
    }

    /** The template of a page body or include, refusing unbalanced blocks first (see {@link LiquidBlocks}). */
    static Template parse(TemplateParser parser, SourceText source) {
        LiquidBlocks.check(source);
        return parser.parse(source.marked());
    }

    /** Jekyll's {@code page}: the front matter, plus the path and URL Jekyll adds to every page. */
    private static Map<String, Object> pageVariable(String pagePath, FrontMatter page) {
        Map<String, Object> variable = new LinkedHashMap<>(page.values());
        variable.putIfAbsent("path", pagePath);
        variable.putIfAbsent("url", "/" + GuidePage.urlOf(pagePath));
        return variable;
    }
}
