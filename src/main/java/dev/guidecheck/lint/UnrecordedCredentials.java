package dev.guidecheck.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.guidecheck.guide.CredentialRow;
import dev.guidecheck.guide.Section;
import dev.guidecheck.guide.Step;

/**
 * Rule {@code unrecorded-credential}: a value of the credential table that the section telling readers
 * where to find their credentials never asks them to record. Readers follow the steps and end up without
 * one of the values the table says they need; a replay has no step at which to capture it either.
 */
final class UnrecordedCredentials {

    static final String RULE = "unrecorded-credential";

    private UnrecordedCredentials() {
    }

    static List<LintFinding> check(LintedPage page, String sectionTitle) {
        Optional<Section> section = page.page().sections().stream()
                .filter(candidate -> candidate.title().equals(sectionTitle)).findFirst();
        List<Step> steps = section.stream().flatMap(found -> found.procedures().stream())
                .flatMap(procedure -> procedure.steps().stream()).toList();
        List<LintFinding> findings = new ArrayList<>();
        for (CredentialRow row : page.page().credentials().rows()) {
            if (steps.stream().noneMatch(step -> asksToRecord(step, row.name()))) {
                String message = section.isPresent()
                        ? "no step of \"" + sectionTitle + "\" records the **" + row.name() + "**"
                        : "the page has no section \"" + sectionTitle + "\" to record the **" + row.name() + "** in";
                findings.add(page.finding(RULE, Severity.WARNING, row.source(), message,
                        "add a step under \"" + sectionTitle + "\" that says to record the **" + row.name() + "**"));
            }
        }
        return findings;
    }

    /** Whether one sentence of the step says "record" and names the value as a bold label. */
    private static boolean asksToRecord(Step step, String name) {
        if (!step.bold().contains(name)) {
            return false;
        }
        for (String sentence : step.text().split("(?<=[.!?])\\s+")) {
            if (sentence.toLowerCase(Locale.ROOT).contains("record") && sentence.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
