package dev.guidecheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The findings a team knows about and accepts for now: they are reported but do not fail a run.
 * One finding per line, {@code rule-or-category | page | subject}; {@code #} starts a comment. A line
 * whose finding no longer occurs is reported as resolved, with its line number, so it can be deleted.
 */
public final class Baseline {

    private final Path file;
    private final List<Entry> entries;

    /** One line of the baseline. */
    public record Entry(int line, String id, String page, String subject) {
        public String where(Path file) {
            return file + ":" + line;
        }
    }

    /** A finding's standing against the baseline. */
    public record Match(Finding finding, Optional<Entry> known) {
        public boolean isNew() {
            return known.isEmpty();
        }
    }

    private Baseline(Path file, List<Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** No baseline: every finding is new. */
    public static Baseline none() {
        return new Baseline(null, List.of());
    }

    /** Reads a baseline; a malformed line is an error naming file and line. */
    public static Baseline read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s*\\|\\s*", 3);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalArgumentException(file + ":" + (i + 1)
                        + ": a baseline line is \"rule-or-category | page | step text\", not \"" + line + "\"");
            }
            entries.add(new Entry(i + 1, parts[0], parts[1], parts[2]));
        }
        return new Baseline(file, List.copyOf(entries));
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    public Match match(Finding finding) {
        return new Match(finding, entries.stream()
                .filter(e -> finding.matches(e.id(), e.page(), e.subject()))
                .findFirst());
    }

    /** Baseline lines that match none of the findings: fixed since, so the line can go. */
    public List<Entry> resolved(List<Finding> findings, List<String> pagesChecked) {
        return entries.stream()
                .filter(e -> pagesChecked.stream().anyMatch(p -> p.equalsIgnoreCase(e.page().trim())))
                .filter(e -> findings.stream().noneMatch(f -> f.matches(e.id(), e.page(), e.subject())))
                .toList();
    }
}
