package dev.guidecheck.guide;

import java.util.Map;
import java.util.function.Consumer;

import liqp.Template;
import liqp.TemplateContext;
import liqp.TemplateParser;

/**
 * A Liquid context that passes every error liqp reports without stopping (an undefined variable in Jekyll's
 * lenient mode) to one listener, from whichever nested context (include, loop) it was reported in: liqp
 * keeps such errors in the nested context, which is gone once that part is rendered.
 */
final class NotingContext extends TemplateContext {

    private final Consumer<Exception> listener;

    NotingContext(Template template, TemplateParser parser, Map<String, Object> variables, Consumer<Exception> listener) {
        super(template, parser, variables);
        this.listener = listener;
    }

    private NotingContext(Map<String, Object> variables, NotingContext parent) {
        super(variables, parent);
        this.listener = parent.listener;
    }

    @Override
    public TemplateContext newChildContext(Map<String, Object> variables) {
        return new NotingContext(variables, this);
    }

    @Override
    public void addError(Exception error) {
        super.addError(error);
        listener.accept(error);
    }
}
