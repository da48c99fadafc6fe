package dev.guidecheck.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.GuideReader;
import dev.guidecheck.guide.SourceRef;

/**
 * A page as the lint rules see it: the reader's model, the Markdown tree it was read from (for what the
 * model leaves out), and the way from a rendered line back to the source line an author edits.
 */
final class LintedPage {

    private final Path docsRoot;
    private final GuidePage page;
    private final Document document;
    private final List<String> renderedLines;
    private final int[] lineStarts;
    private final Map<String, List<String>> sourceLines = new HashMap<>();

    LintedPage(Path docsRoot, GuidePage page) {
        this.docsRoot = docsRoot;
        this.page = page;
        this.document = GuideReader.parseMarkdown(page.renderedMarkdown());
        this.renderedLines = List.of(page.renderedMarkdown().split("\n", -1));
        this.lineStarts = new int[renderedLines.size()];
        for (int i = 1; i < lineStarts.length; i++) {
            lineStarts[i] = lineStarts[i - 1] + renderedLines.get(i - 1).length() + 1;
        }
    }

    Path docsRoot() {
        return docsRoot;
    }

    GuidePage page() {
        return page;
    }

    Document document() {
        return document;
    }

    /** The 1-based rendered line a node starts on. */
    static int lineOf(Node node) {
        return node.getStartLineNumber() + 1;
    }

    /** The rendered line a node starts on, from the node's first column. */
    String lineFrom(Node node) {
        int line = node.getStartLineNumber();
        int column = node.getStartOffset() - lineStarts[line];
        return renderedLines.get(line).substring(Math.max(column, 0));
    }

    /**
     * The source line that holds {@code literal}, as seen on a rendered line. That is the line's origin
     * when the text was written there; text passed through a Liquid variable or include parameter (the
     * callout's links are) renders on the include's line but was written elsewhere, so then the first source
     * line of the page's files that holds the literal is the one to edit. The origin when no line holds it.
     */
    SourceRef sourceOf(int renderedLine, String literal) {
        SourceRef origin = page.lineMap().origin(renderedLine);
        if (holds(origin, literal)) {
            return origin;
        }
        for (String file : sourceFiles()) {
            List<String> lines = sourceLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(literal)) {
                    return new SourceRef(file, i + 1);
                }
            }
        }
        return origin;
    }

    LintFinding finding(String rule, Severity severity, SourceRef where, String message, String suggestion) {
        return new LintFinding(rule, severity, where, page.path(), message, suggestion);
    }

    LintFinding finding(String rule, Severity severity, SourceRef where, String message, String suggestion, SourceEdit edit) {
        return new LintFinding(rule, severity, where, page.path(), message, suggestion, edit);
    }

    /** Whether the source line at {@code where} holds {@code literal} as written. */
    boolean writtenAt(SourceRef where, String literal) {
        return holds(where, literal);
    }

    private boolean holds(SourceRef where, String literal) {
        List<String> lines = sourceLines(where.file());
        return where.line() <= lines.size() && lines.get(where.line() - 1).contains(literal);
    }

    /** The files the page was rendered from, in the order their lines first appear. */
    private Set<String> sourceFiles() {
        Set<String> files = new LinkedHashSet<>();
        for (int line = 1; line <= page.lineMap().lineCount(); line++) {
            files.add(page.lineMap().origin(line).file());
        }
        return files;
    }

    private List<String> sourceLines(String file) {
        return sourceLines.computeIfAbsent(file, name -> {
            try {
                return Files.readAllLines(docsRoot.resolve(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                // The reader has just read this file; failing now is the machine's problem, not the guide's.
                throw new UncheckedIOException("cannot read " + name, e);
            }
        });
    }
}
