package dev.guidecheck.guide;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A page split as Jekyll splits it: the YAML between the leading "---" lines, and the body after them.
 *
 * @param bodyFirstLine the line of the page file the body starts on, so errors in the body name page lines
 */
record FrontMatter(Map<String, Object> values, String body, int bodyFirstLine) {

    static FrontMatter read(String pagePath, String text) {
        String[] lines = text.split("\n", -1);
        if (!isDelimiter(lines[0], false)) {
            return new FrontMatter(Map.of(), text, 1);
        }
        int close = 1;
        while (close < lines.length && !isDelimiter(lines[close], true)) {
            close++;
        }
        if (close == lines.length) {
            throw GuideException.at(new SourceRef(pagePath, 1), "front matter opened here is never closed with ---");
        }
        String yaml = String.join("\n", Arrays.asList(lines).subList(1, close));
        String body = String.join("\n", Arrays.asList(lines).subList(close + 1, lines.length));
        return new FrontMatter(parse(pagePath, yaml), body, close + 2);
    }

    private static boolean isDelimiter(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals("---") || (closing && trimmed.equals("..."));
    }

    private static Map<String, Object> parse(String pagePath, String yaml) {
        Object loaded;
        try {
            // A new Yaml per page: SnakeYAML instances are not thread-safe, and they are cheap.
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (MarkedYAMLException e) {
            // SnakeYAML notices an unclosed "[", "{" or quote on a later line (the problem mark); the author
            // has to fix the line that opened it (the context mark), when there is one.
            Mark mark = opensEarlier(e) ? e.getContextMark() : e.getProblemMark();
            String reason = "malformed front matter: " + e.getProblem();
            if (mark == null) {
                mark = e.getContextMark();
            }
            if (mark == null) {
                throw GuideException.inFile(pagePath, reason, e);
            }
            // Mark lines are 0-based within the YAML, which starts on line 2 of the page, after "---".
            throw GuideException.at(new SourceRef(pagePath, mark.getLine() + 2), reason, e);
        } catch (YAMLException e) {
            throw GuideException.inFile(pagePath, "malformed front matter: " + e.getMessage(), e);
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw GuideException.at(new SourceRef(pagePath, 2), "front matter is not a mapping of names to values");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return Collections.unmodifiableMap(values);
    }

    /** Whether the error is about something opened on an earlier line: a flow "[" or "{", a quote, a key. */
    private static boolean opensEarlier(MarkedYAMLException e) {
        String context = e.getContext();
        return e.getContextMark() != null && context != null
                && (context.contains("flow") || context.contains("quoted") || context.contains("simple key"));
    }
}
