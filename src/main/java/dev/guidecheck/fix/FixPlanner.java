package dev.guidecheck.fix;

import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.SourceRef;
import dev.guidecheck.guide.Step;
import dev.guidecheck.lint.LintFinding;
import dev.guidecheck.lint.SourceEdit;
import dev.guidecheck.pages.Remedy;
import dev.guidecheck.steps.Category;
import dev.guidecheck.steps.CredentialCheck;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepResult;
import dev.guidecheck.verify.CredentialVerdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a run's findings into edits of the docs source: each finding's remedy (what the page object or
 * the lint rule saw) becomes a change at the line the author wrote, or a reason why no change is certain.
 * A change must leave a sentence the check can replay; the fix never guesses a label, a step or a link.
 */
public final class FixPlanner {

    private static final Pattern PAGE_VARIABLE = Pattern.compile("\\{\\{-?\\s*page\\.([A-Za-z0-9_-]+)\\s*-?}}");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    /** What the run found on one page, as the fix stage reads it. */
    public record PageFindings(String page, List<ProcedureResult> procedures, List<LintFinding> lint,
                               List<CredentialCheck.Outcome> credentials, List<CredentialVerdict> verifications) {

        public PageFindings(String page, List<ProcedureResult> procedures, List<LintFinding> lint,
                            List<CredentialCheck.Outcome> credentials) {
            this(page, procedures, lint, credentials, List.of());
        }
    }

    private final Path docsRoot;
    private final Predicate<Step> binds;
    private final Map<String, String> read;
    private final Map<String, SourceFile> files = new LinkedHashMap<>();
    private Map<String, List<String>> includers;

    /**
     * @param docsRoot the docs root
     * @param binds    whether a sentence binds to an action (a fix must leave one that does)
     * @param read     files as the check read them (path relative to the docs root, text); others are read
     *                 from the docs root when a fix needs them
     */
    public FixPlanner(Path docsRoot, Predicate<Step> binds, Map<String, String> read) {
        this.docsRoot = docsRoot;
        this.binds = binds;
        this.read = new LinkedHashMap<>(read);
    }

    /** Every finding of the pages with its fix or why none, and the edits of all certain fixes together. */
    public FixPlan plan(List<PageFindings> pages) {
        List<FixOutcome> outcomes = new ArrayList<>();
        for (PageFindings page : pages) {
            for (LintFinding f : page.lint()) {
                outcomes.add(lint(page, f));
            }
            boolean stepFailed = false;
            for (ProcedureResult p : page.procedures()) {
                Optional<StepResult> failed = p.failure();
                if (failed.isPresent()) {
                    outcomes.add(step(page, p.procedure(), failed.get()));
                    stepFailed |= failed.get().category().isGuideFinding();
                }
            }
            for (CredentialCheck.Outcome c : page.credentials()) {
                if (c.problem().isPresent()) {
                    outcomes.add(refused(page.page(), "credential-missing", c.row().source(), c.problem().get(), stepFailed
                            ? "nothing to edit here: a step before it failed, and that step's fix is what gets it recorded"
                            : "the check cannot tell which step should record it"));
                }
            }
            for (CredentialVerdict v : page.verifications()) {
                if (v.status() == CredentialVerdict.Status.REFUSED) {
                    outcomes.add(refused(page.page(), Category.CREDENTIAL_INVALID.id(),
                            v.recorded().map(r -> r.step().source()).orElse(v.row().source()), v.message(),
                            "the provider refused the value the guide leads to, and nothing says which value it should name"));
                }
            }
        }
        return combine(outcomes);
    }

    // ---- lint ----------------------------------------------------------------------------------------

    private FixOutcome lint(PageFindings page, LintFinding f) {
        SourceEdit edit = f.edit();
        if (edit == null) {
            return refused(page.page(), f.rule(), f.where(), f.message(),
                    "rule " + f.rule() + " proposes no edit (" + f.suggestion() + ")");
        }
        if (!edit.certain()) {
            return refused(page.page(), f.rule(), f.where(), f.message(), edit.whyNot());
        }
        return fixed(page.page(), f.rule(), f.where(), f.message(),
                List.of(new Edit.Replace(f.where().file(), f.where().line(), edit.written(), edit.replacement())), null);
    }

    // ---- steps ---------------------------------------------------------------------------------------

    private FixOutcome step(PageFindings page, Procedure procedure, StepResult failed) {
        String id = failed.category().id();
        SourceRef where = failed.step().source();
        if (!failed.category().isGuideFinding()) {
            return refused(page.page(), id, where, failed.message(), "an environment failure is the run's, not the guide's");
        }
        Optional<Remedy> remedy = failed.fix();
        if (remedy.isEmpty()) {
            return refused(page.page(), id, where, failed.message(), noRemedy(failed.category()));
        }
        Remedy r = remedy.get();
        Attempt attempt;
        if (r instanceof Remedy.Unsure unsure) {
            attempt = Attempt.no(unsure.why());
        } else if (r instanceof Remedy.Rename rename) {
            attempt = rename(page.page(), failed.step(), rename);
        } else if (r instanceof Remedy.Relocate relocate) {
            attempt = relocate(procedure, failed.step(), relocate);
        } else {
            attempt = insert(procedure, failed.step(), ((Remedy.InsertStep) r).sentence());
        }
        return attempt.whyNot != null ? refused(page.page(), id, where, failed.message(), attempt.whyNot)
                : fixed(page.page(), id, where, failed.message(), attempt.edits, attempt.note);
    }

    private static String noRemedy(Category category) {
        return switch (category) {
            case LINK_BROKEN -> "the link answers an error and no redirect says where the page went";
            case UNBOUND_STEP -> "no phrase understands the sentence, so the check cannot tell what it should say";
            case SCREENSHOT -> "an image is fixed by refreshing it (guidecheck.screenshots=refresh), not by an edit of the text";
            case STEP_MISSING -> "the check cannot tell which step is missing";
            case CREDENTIAL_MISSING -> "the value is not of its shape and nothing on the page reveals it";
            default -> "the check found nothing that says what the step should say instead";
        };
    }

    /** A fix, or why none: the edits and a note for the reviewer. */
    private record Attempt(List<Edit> edits, String note, String whyNot) {
        static Attempt no(String why) {
            return new Attempt(List.of(), null, why);
        }

        static Attempt of(List<Edit> edits, String note) {
            return new Attempt(edits, note, null);
        }
    }

    /** The label renamed where it is written: in bold on the step's line, or in the front matter that sets it. */
    private Attempt rename(String page, Step step, Remedy.Rename rename) {
        String file = step.source().file();
        int line = step.source().line();
        String raw = file(file).line(line);
        Step renamed = renamed(step, rename.label(), rename.to());
        if (!binds.test(renamed)) {
            return Attempt.no("\"" + renamed.text() + "\" would not bind to an action");
        }
        String bold = "**" + rename.label() + "**";
        if (count(raw, bold) == 1) {
            return Attempt.of(List.of(new Edit.Replace(file, line, bold, "**" + rename.to() + "**")),
                    "\"" + rename.label() + "\" becomes \"" + rename.to() + "\": " + rename.evidence());
        }
        Matcher variables = PAGE_VARIABLE.matcher(raw);
        while (variables.find()) {
            String variable = variables.group(1);
            if (!rename.label().equals(String.valueOf(FrontMatterEdits.value(file(page), variable).orElse(null)))) {
                continue;
            }
            List<String> setters = file.equals(page) ? List.of(page) : includersSetting(file, variable, rename.label());
            List<Edit> edits = new ArrayList<>();
            for (String setter : setters) {
                Optional<Edit.Replace> edit = FrontMatterEdits.set(file(setter), variable, rename.to());
                if (edit.isEmpty()) {
                    return Attempt.no(setter + " sets " + variable + " in a form the fix does not edit (not one line)");
                }
                edits.add(edit.get());
            }
            return Attempt.of(edits, "\"" + rename.label() + "\" comes from {{page." + variable + "}} on " + file + ":" + line
                    + ": the front matter of " + String.join(", ", setters) + " changes (every page that "
                    + (file.equals(page) ? "" : "includes " + file + " and ") + "sets it to \"" + rename.label() + "\")");
        }
        int plain = count(raw, rename.label());
        if (plain == 1) {
            return Attempt.of(List.of(new Edit.Replace(file, line, rename.label(), rename.to())),
                    "\"" + rename.label() + "\" becomes \"" + rename.to() + "\": " + rename.evidence());
        }
        return Attempt.no("\"" + rename.label() + "\" is " + (plain == 0 ? "not written" : "written " + plain + " times")
                + " on " + file + ":" + line + " as it renders");
    }

    /** The place the step (or the earlier step that chose it) names, changed to where the label is now. */
    private Attempt relocate(Procedure procedure, Step failing, Remedy.Relocate relocate) {
        List<Step> candidates = new ArrayList<>();
        for (Step s : procedure.steps()) {
            if (s.position() < failing.position()) {
                candidates.add(0, s);
            }
        }
        candidates.add(0, failing);
        for (Step s : candidates) {
            String raw = file(s.source().file()).line(s.source().line());
            Matcher bold = BOLD.matcher(raw);
            while (bold.find()) {
                String span = bold.group(1);
                Optional<String> edited = relocated(span, relocate.from(), relocate.to());
                if (edited.isEmpty()) {
                    continue;
                }
                Step moved = renamed(s, span, edited.get());
                if (!binds.test(moved)) {
                    return Attempt.no("\"" + moved.text() + "\" would not bind to an action");
                }
                String note = s == failing ? null : "edits step " + s.position() + " (" + s.source() + "), the step that"
                        + " chose \"" + relocate.from() + "\": what step " + failing.position() + " looks for (\""
                        + relocate.label() + "\") is now in \"" + relocate.to() + "\", and step " + failing.position()
                        + " holds as written once the guide goes there";
                return Attempt.of(List.of(new Edit.Replace(s.source().file(), s.source().line(),
                        "**" + span + "**", "**" + edited.get() + "**")), note);
            }
        }
        return Attempt.no("no step of the procedure up to this one names \"" + relocate.from() + "\" in bold");
    }

    /** The bold span with the place replaced: the span itself, or one part of a menu path (CRM>Import Data). */
    private static Optional<String> relocated(String span, String from, String to) {
        if (span.trim().equalsIgnoreCase(from.trim())) {
            return Optional.of(to);
        }
        String[] parts = span.split(">", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts.length > 1 && parts[i].trim().equalsIgnoreCase(from.trim())) {
                parts[i] = parts[i].replace(parts[i].trim(), to);
                return Optional.of(String.join(">", parts));
            }
        }
        return Optional.empty();
    }

    /** The missing step inserted before the failing one, the list renumbered as the author numbers it. */
    private Attempt insert(Procedure procedure, Step failing, String sentence) {
        String file = failing.source().file();
        int line = failing.source().line();
        Matcher item = SourceFile.ITEM.matcher(file(file).line(line));
        if (!item.matches()) {
            return Attempt.no("the step's line is not a list item as written");
        }
        List<String> bold = new ArrayList<>();
        Matcher b = BOLD.matcher(sentence);
        while (b.find()) {
            bold.add(b.group(1));
        }
        Step inserted = new Step(failing.number(), failing.position(), sentence.replace("**", ""), bold, List.of(),
                List.of(), failing.source(), failing.page());
        if (!binds.test(inserted)) {
            return Attempt.no("the missing step \"" + inserted.text() + "\" would not bind to an action");
        }
        List<Integer> items = procedure.steps().stream().filter(s -> s.source().file().equals(file))
                .map(s -> s.source().line()).toList();
        return Attempt.of(List.of(new Edit.InsertItem(file, line, item.group(1) + item.group(2) + item.group(3)
                + item.group(4) + sentence, items)), null);
    }

    private static Step renamed(Step step, String label, String to) {
        String text = step.text();
        int at = text.indexOf(label);
        String edited = at < 0 ? text : text.substring(0, at) + to + text.substring(at + label.length());
        List<String> bold = new ArrayList<>(step.bold());
        bold.replaceAll(b -> b.trim().equals(label.trim()) ? to : b);
        return new Step(step.number(), step.position(), edited, bold, step.links(), step.images(), step.source(), step.page());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    // ---- shared files --------------------------------------------------------------------------------

    /** The pages of the docs tree that include {@code file} (an {@code _includes/} path) and set the variable to the value. */
    private List<String> includersSetting(String file, String variable, String value) {
        List<String> setters = new ArrayList<>();
        for (String page : includers(file)) {
            if (value.equals(String.valueOf(FrontMatterEdits.value(file(page), variable).orElse(null)))) {
                setters.add(page);
            }
        }
        return setters;
    }

    /** Every page of the docs tree that includes the file, in path order. */
    List<String> includers(String file) {
        if (!file.startsWith("_includes/")) {
            return List.of();
        }
        if (includers == null) {
            includers = new LinkedHashMap<>();
            Pattern include = Pattern.compile("\\{%-?\\s*include\\s+([^\\s%]+)");
            try (Stream<Path> walk = Files.walk(docsRoot)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String rel = docsRoot.relativize(p).toString().replace('\\', '/');
                    if (!rel.matches("(?i).*\\.(md|markdown|html)") || rel.startsWith("_site/") || rel.startsWith(".")) {
                        continue;
                    }
                    Matcher m = include.matcher(text(rel));
                    while (m.find()) {
                        includers.computeIfAbsent("_includes/" + m.group(1), k -> new ArrayList<>()).add(rel);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the docs tree " + docsRoot, e);
            }
        }
        return includers.getOrDefault(file, List.of()).stream().distinct().toList();
    }

    // ---- outcomes ------------------------------------------------------------------------------------

    private SourceFile file(String path) {
        return files.computeIfAbsent(path, p -> new SourceFile(p, text(p)));
    }

    private String text(String path) {
        return read.computeIfAbsent(path, p -> {
            try {
                return Files.readString(docsRoot.resolve(p), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    private static FixOutcome refused(String page, String id, SourceRef where, String message, String why) {
        return new FixOutcome(page, id, where.file(), where.line(), message, List.of(), null, why, List.of());
    }

    private FixOutcome fixed(String page, String id, SourceRef where, String message, List<Edit> edits, String note) {
        Map<String, SourceFile> alone = new LinkedHashMap<>();
        for (Edit edit : edits) {
            SourceFile f = alone.computeIfAbsent(edit.file(), p -> file(p).unedited());
            if (!edit.applyTo(f)) {
                return refused(page, id, where, message, "the line no longer holds what the fix would replace");
            }
        }
        List<Change> changes = new ArrayList<>();
        for (SourceFile f : alone.values()) {
            changes.addAll(changes(f));
        }
        Set<String> affected = new LinkedHashSet<>();
        for (SourceFile f : alone.values()) {
            affected.addAll(includers(f.path()));
        }
        String affects = affected.isEmpty() ? null : "the edited file is included by " + String.join(", ", affected);
        String fullNote = note == null ? affects : affects == null || note.contains("front matter") ? note : note + "; " + affects;
        return new FixOutcome(page, id, where.file(), where.line(), message, changes, fullNote, null, edits);
    }

    /** A file's changed regions: runs of changed lines, with the unchanged lines between near ones. */
    static List<Change> changes(SourceFile f) {
        Map<Integer, List<String>> edited = f.edited(f.result());
        List<Change> changes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>(edited.keySet());
        int i = 0;
        while (i < lines.size()) {
            int first = lines.get(i);
            int last = first;
            while (i + 1 < lines.size() && lines.get(i + 1) - last <= 2) {
                last = lines.get(++i);
            }
            i++;
            List<String> old = new ArrayList<>();
            List<String> now = new ArrayList<>();
            for (int line = first; line <= last; line++) {
                old.add(f.line(line));
                now.addAll(edited.getOrDefault(line, List.of(f.line(line))));
            }
            changes.add(new Change(f.path(), first, last, String.join("\n", old), String.join("\n", now)));
        }
        return changes;
    }

    /** All certain fixes together: identical edits made once, an edit that conflicts with an earlier fix refused. */
    private FixPlan combine(List<FixOutcome> outcomes) {
        Map<String, List<Edit>> accepted = new LinkedHashMap<>();
        List<FixOutcome> result = new ArrayList<>();
        for (FixOutcome o : outcomes) {
            if (!o.fixed()) {
                result.add(o);
                continue;
            }
            Map<String, List<Edit>> trial = new LinkedHashMap<>();
            accepted.forEach((k, v) -> trial.put(k, new ArrayList<>(v)));
            for (Edit e : o.edits()) {
                List<Edit> inFile = trial.computeIfAbsent(e.file(), k -> new ArrayList<>());
                if (!inFile.contains(e)) {
                    inFile.add(e);
                }
            }
            if (trial.entrySet().stream().allMatch(e -> build(e.getKey(), e.getValue()).isPresent())) {
                accepted.clear();
                accepted.putAll(trial);
                result.add(o);
            } else {
                result.add(new FixOutcome(o.page(), o.id(), o.file(), o.line(), o.message(), List.of(), null,
                        "its edit conflicts with the fix of another finding on the same line", List.of()));
            }
        }
        Map<String, SourceFile> edited = new LinkedHashMap<>();
        accepted.forEach((path, edits) -> build(path, edits).filter(SourceFile::edited).ifPresent(f -> edited.put(path, f)));
        Map<String, String> basis = new LinkedHashMap<>();
        edited.keySet().forEach(path -> basis.put(path, text(path)));
        return new FixPlan(result, edited, basis);
    }

    private Optional<SourceFile> build(String path, List<Edit> edits) {
        SourceFile f = file(path).unedited();
        for (Edit e : edits) {
            if (!e.applyTo(f)) {
                return Optional.empty();
            }
        }
        return Optional.of(f);
    }
}
