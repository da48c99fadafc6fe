package dev.guidecheck.guide;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.TemplateParser.ErrorMode;
import liqp.parser.Flavor;
import liqp.tags.Tag;

/**
 * Renders a page's Liquid as the docs site does (Jekyll flavour, strict syntax, includes from
 * {@code _includes} and relative ones, {@code page} and {@code site}) and traces every rendered line back
 * to the file and line it was written on. Undefined variables print nothing and are noted, as Jekyll's
 * default does, unless the site's {@code _config.yml} sets {@code liquid: strict_variables: true}; then they
 * fail the page. A tag a plugin defines renders empty and is noted.
 */
final class LiquidRenderer {

    private final SiteConfig site;
    /** Parses templates: Liquid syntax errors always fail, as they fail Jekyll's build. */
    private final TemplateParser parser;
    /** Renders them: reports undefined variables to the context instead of stopping, unless the site is strict. */
    private final TemplateParser renderer;
    private final RenderState.Templates templates = new RenderState.Templates();

    LiquidRenderer(Path docsRoot, SiteConfig site) {
        this.site = site;
        this.parser = builder(docsRoot, site, ErrorMode.STRICT).build();
        this.renderer = builder(docsRoot, site, site.strictVariables() ? ErrorMode.STRICT : ErrorMode.WARN).build();
    }

    private static TemplateParser.Builder builder(Path docsRoot, SiteConfig site, ErrorMode errors) {
        TemplateParser.Builder builder = new TemplateParser.Builder()
                .withFlavor(Flavor.JEKYLL)
                .withErrorMode(errors)
                .withStrictVariables(true)
                .withShowExceptionsFromInclude(true)
                .withTag(IncludeTag.include(docsRoot))
                .withTag(IncludeTag.includeRelative(docsRoot));
        for (String name : site.pluginTags()) {
            builder.withTag(new Tag(name) {
                @Override
                public Object render(TemplateContext context, liqp.nodes.LNode... nodes) {
                    return "";
                }
            });
        }
        return builder;
    }

    /** The rendered body of a page. */
    record Rendered(OriginMarkers.Stripped markdown, List<RenderNote> notes) {
    }

    /** The page body rendered, without markers, with the origin of each of its lines. */
    Rendered render(String pagePath, FrontMatter page) {
        RenderState state = new RenderState(pagePath, parser, site, templates);
        SourceText body = state.open(pagePath, page.body(), page.bodyFirstLine());
        state.enter(body);
        try {
            Template template = state.parse(body);
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("page", pageVariable(pagePath, page));
            variables.put("site", site.site());
            TemplateContext context = new NotingContext(template, renderer, variables, state::noteError);
            state.attachTo(context);
            String rendered = template.renderUnguarded(context);
            return new Rendered(OriginMarkers.strip(rendered, state.files()), state.notes());
        } catch (RuntimeException e) {
            throw state.translate(e, body);
        }
    }

    /** Jekyll's {@code page}: the front matter, plus the path and URL Jekyll adds to every page. */
    private static Map<String, Object> pageVariable(String pagePath, FrontMatter page) {
        Map<String, Object> variable = new LinkedHashMap<>(page.values());
        variable.putIfAbsent("path", pagePath);
        variable.putIfAbsent("url", "/" + GuidePage.urlOf(pagePath));
        return variable;
    }
}
