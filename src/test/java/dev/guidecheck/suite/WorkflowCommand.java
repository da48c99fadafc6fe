package dev.guidecheck.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scheduler's command read out of the nightly workflow itself, so the test runs what the workflow
 * runs: when someone edits the workflow's command, the test runs the edited one.
 */
final class WorkflowCommand {

    static final Path WORKFLOW = Path.of(".github/workflows/doc-accuracy.yml");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\{[^}]*}}|\\$\\{?([A-Za-z_]+)}?");

    private WorkflowCommand() {
    }

    /**
     * The arguments after {@code mvn} of the workflow's {@code exec:java@check} command, its shell variables
     * and GitHub expressions replaced by {@code values} (an expression by its text inside the braces, e.g.
     * "github.repository"); the console redirection after it is left out.
     */
    static List<String> arguments(Map<String, String> values) throws IOException {
        List<String> lines = Files.readAllLines(WORKFLOW);
        StringBuilder command = null;
        for (String line : lines) {
            String trimmed = line.strip();
            if (command == null && trimmed.startsWith("mvn ") && trimmed.contains("exec:java@check")) {
                command = new StringBuilder();
            }
            if (command != null) {
                boolean continued = trimmed.endsWith("\\");
                command.append(' ').append(continued ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
                if (!continued) {
                    break;
                }
            }
        }
        if (command == null) {
            throw new IllegalStateException(WORKFLOW + " has no mvn ... exec:java@check command");
        }
        String text = command.toString().replaceFirst("\\s+2>&1.*$", "").strip();
        List<String> words = words(substitute(text, values));
        if (!words.get(0).equals("mvn")) {
            throw new IllegalStateException("the workflow's command does not start with mvn: " + text);
        }
        return words.subList(1, words.size());
    }

    private static String substitute(String text, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1)
                    : m.group().replaceAll("^\\$\\{\\{\\s*|\\s*}}$", "");
            if (!values.containsKey(name)) {
                throw new IllegalStateException("the workflow's command uses " + m.group() + ", which the test does not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(name)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Shell words: spaces separate, double quotes group; an empty unquoted word disappears, as in bash. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
