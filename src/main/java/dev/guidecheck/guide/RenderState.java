package dev.guidecheck.guide;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.exceptions.LiquidException;
import liqp.exceptions.VariableNotExistException;

/**
 * What one render of one page needs to trace lines and name errors: the files it has pulled in (a marker's
 * file id indexes them) and the include being rendered right now. It lives in liqp's environment map,
 * which templates cannot read, because the Liquid parser and its include tag are shared between pages.
 */
final class RenderState {

    private static final String KEY = RenderState.class.getName();
    /** liqp's own position counts lines of the text it was given, not of the file: keep only the reason. */
    private static final Pattern QUOTED_ERROR = Pattern.compile("(?:parser|lexer) error \"(.*)\" on line \\d+, index \\d+", Pattern.DOTALL);
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("on line (\\d+), index (\\d+)");

    private final String pagePath;
    private final TemplateParser parser;
    private final SiteConfig site;
    private final List<String> files = new ArrayList<>();
    private final Deque<SourceText> rendering = new ArrayDeque<>();
    private final java.util.Set<RenderNote> notes = new java.util.LinkedHashSet<>();

    private final Templates templates;

    RenderState(String pagePath, TemplateParser parser, SiteConfig site, Templates templates) {
        this.pagePath = pagePath;
        this.parser = parser;
        this.site = site;
        this.templates = templates;
    }

    /**
     * Parsed templates of the text liqp was given, shared by the pages of one reader: parsing is most of the
     * cost of Liquid, and a site's includes (callouts, notes, shared bodies) are the same on many pages. The
     * text carries its origin markers, so a hit is the same file at the same place in the render. Bounded.
     */
    static final class Templates {
        private static final int MAX = 512;
        private final Map<String, Template> parsed = java.util.Collections.synchronizedMap(
                new java.util.LinkedHashMap<>(64, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Template> eldest) {
                        return size() > MAX;
                    }
                });

        Template parse(TemplateParser parser, String marked) {
            Template template = parsed.get(marked);
            if (template == null) {
                template = parser.parse(marked);
                parsed.put(marked, template);
            }
            return template;
        }
    }

    /**
     * The template of a page body or include, refusing unbalanced blocks first (see {@link LiquidBlocks}),
     * and noting each plugin tag in it: the check cannot run a plugin, so the tag renders empty.
     */
    Template parse(SourceText source) {
        LiquidBlocks.check(source);
        for (var tag : source.tagsNamed(site.pluginTags())) {
            notes.add(new RenderNote(tag.getValue(), "tag " + tag.getKey() + " is defined by a plugin in _plugins,"
                    + " which the check does not run: it renders empty here",
                    "check this line on the published page"));
        }
        // A page's own body is parsed once; only what pages share is worth keeping.
        return source.file().equals(pagePath) ? parser.parse(source.marked()) : templates.parse(parser, source.marked());
    }

    /**
     * Notes an error liqp reported without stopping: an undefined variable, printed as nothing, at the line
     * of its first {{ }} in the file being rendered; a lookup that only a tag makes (an {% if %}) prints
     * nothing, so it is not noted.
     */
    void noteError(Exception error) {
        if (!(error instanceof VariableNotExistException undefined) || rendering.isEmpty()) {
            return;
        }
        SourceText source = current();
        String variable = undefined.getVariableName();
        String written = variable.replaceAll("\\[\"?([^\"\\]]*)\"?]", ".$1");
        source.firstOutputOf(variable).or(() -> source.firstOutputOf(written))
                .ifPresent(line -> notes.add(new RenderNote(line,
                        "undefined variable " + written + explain(written) + " renders as nothing",
                        "define it, or remove it from the line")));
    }

    List<RenderNote> notes() {
        return List.copyOf(notes);
    }

    void attachTo(TemplateContext context) {
        context.getEnvironmentMap().put(KEY, this);
    }

    static RenderState of(TemplateContext context) {
        Object state = context.getEnvironmentMap().get(KEY);
        if (!(state instanceof RenderState renderState)) {
            throw new IllegalStateException("the include tag only runs inside GuideReader's render of a page");
        }
        return renderState;
    }

    /** Registers a file of this render, so that its markers can be told apart from the others'. */
    SourceText open(String file, String text, int firstLine) {
        if (files.size() == OriginMarkers.MAX_FILES) {
            throw GuideException.inFile(file, "a page pulls in more than " + OriginMarkers.MAX_FILES + " files");
        }
        Optional<Integer> reserved = OriginMarkers.lineWithStart(text);
        if (reserved.isPresent()) {
            throw GuideException.at(new SourceRef(file, firstLine + reserved.get() - 1), String.format(
                    "contains U+%04X, the private-use character guidecheck marks lines with", (int) OriginMarkers.START));
        }
        files.add(file);
        return new SourceText(files.size() - 1, file, text, firstLine);
    }

    List<String> files() {
        return List.copyOf(files);
    }

    String pagePath() {
        return pagePath;
    }

    /** Notes that Liquid now renders this file (the page first, then each include inside it). */
    void enter(SourceText source) {
        rendering.push(source);
    }

    void leave() {
        rendering.pop();
    }

    /** The file Liquid is rendering right now. */
    SourceText current() {
        return rendering.element();
    }

    boolean isRendering(String file) {
        return rendering.stream().anyMatch(open -> open.file().equals(file));
    }

    /**
     * The one-line error for a failure while parsing or rendering {@code source}. A GuideException from a
     * nested include already names its own file and passes through unchanged.
     */
    GuideException translate(RuntimeException failure, SourceText source) {
        Optional<GuideException> nested = causeOfType(failure, GuideException.class);
        if (nested.isPresent()) {
            return nested.get();
        }
        Optional<VariableNotExistException> undefined = causeOfType(failure, VariableNotExistException.class);
        if (undefined.isPresent()) {
            String variable = undefined.get().getVariableName();
            String reason = "undefined variable " + variable + explain(variable);
            return source.firstUseOf(variable)
                    .map(where -> GuideException.at(where, reason, failure))
                    .orElseGet(() -> GuideException.inFile(source.file(), reason, failure));
        }
        Optional<LiquidException> liquid = causeOfType(failure, LiquidException.class);
        if (liquid.isPresent()) {
            Matcher parserError = QUOTED_ERROR.matcher(String.valueOf(liquid.get().getMessage()));
            String reason = "Liquid syntax error: " + (parserError.matches() ? parserError.group(1) : liquid.get().getMessage());
            return GuideException.at(source.syntaxErrorAt(liquid.get().line, liquid.get().charPositionInLine), reason, failure);
        }
        String message = String.valueOf(failure.getMessage());
        Matcher line = LINE_IN_MESSAGE.matcher(message);
        String reason = "Liquid error: " + message.replaceFirst("^error on line \\d+, index \\d+: ", "");
        return line.find()
                ? GuideException.at(source.syntaxErrorAt(Integer.parseInt(line.group(1)), Integer.parseInt(line.group(2))), reason, failure)
                : GuideException.inFile(source.file(), reason, failure);
    }

    private String explain(String variable) {
        if (variable.startsWith("page.")) {
            return " (not in the front matter of " + pagePath + ")";
        }
        if (variable.startsWith("include.")) {
            return " (not a parameter of this include)";
        }
        return "";
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
