package dev.guidecheck.report;

import dev.guidecheck.lint.LintFinding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's lint findings with those of a shared include told once: an include pulled into several
 * pages yields the same finding for each, which a reader should see once, with the pages it reaches.
 */
final class LintGroups {

    /** One finding and every page it was found on, in the run's page order. */
    record Group(LintFinding finding, List<String> pages) {
        boolean shared() {
            return pages.size() > 1;
        }
    }

    private final Map<String, Group> groups = new LinkedHashMap<>();

    LintGroups(List<PageOutcome> pages) {
        for (PageOutcome page : pages) {
            for (LintFinding f : page.lint()) {
                groups.computeIfAbsent(key(f), k -> new Group(f, new ArrayList<>())).pages().add(page.page());
            }
        }
    }

    /** The page's findings that no other page shares. */
    List<LintFinding> ownTo(PageOutcome page) {
        return page.lint().stream().filter(f -> !groups.get(key(f)).shared()).toList();
    }

    /** Findings on two or more pages (a shared include's), each once. */
    List<Group> shared() {
        return groups.values().stream().filter(Group::shared).toList();
    }

    /** The shared findings by the set of pages they reach, in order: one heading per set of pages. */
    Map<List<String>, List<LintFinding>> sharedByPages() {
        Map<List<String>, List<LintFinding>> byPages = new LinkedHashMap<>();
        for (Group g : shared()) {
            byPages.computeIfAbsent(g.pages(), k -> new ArrayList<>()).add(g.finding());
        }
        return byPages;
    }

    /** "warning list-numbering file:line: message — suggestion" (the page is said where it is needed). */
    static String line(LintFinding f) {
        return f.severity().name().toLowerCase(Locale.ROOT) + " " + f.rule() + " " + f.where() + ": " + f.message()
                + " — " + f.suggestion();
    }

    private static String key(LintFinding f) {
        return String.join("\u0000", f.rule(), f.severity().name(), f.where().toString(), f.message(), f.suggestion());
    }
}
