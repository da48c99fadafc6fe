package dev.guidecheck.fix;

import dev.guidecheck.Settings;
import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.Step;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fix stage of one run, between the replay and the reports: keeps the docs files as the check read
 * them, and at the end plans the fixes, writes {@code fixes.patch} and, with {@code guidecheck.fix=apply},
 * writes the edits into the docs tree.
 */
public final class FixStage {

    private final Path docsRoot;
    private final Settings.FixMode mode;
    private final Predicate<Step> binds;
    private final String checkoutPrefix;
    private final Map<String, String> read = new LinkedHashMap<>();
    private FixPlan plan = FixPlan.none();
    private Optional<FixPlan.Applied> applied = Optional.empty();

    /**
     * @param checkoutPrefix the docs root's path inside its git checkout ("site/"), "" at its top or outside any:
     *                       the patch names files by their paths in the checkout
     * @param pages          the pages as read (their files are kept now, so edits apply to the text the check read)
     */
    public FixStage(Path docsRoot, String checkoutPrefix, Settings.FixMode mode, Predicate<Step> binds, List<GuidePage> pages) {
        this.docsRoot = docsRoot;
        this.checkoutPrefix = checkoutPrefix;
        this.mode = mode;
        this.binds = binds;
        if (mode == Settings.FixMode.OFF) {
            return;
        }
        for (GuidePage page : pages) {
            for (int line = 1; line <= page.lineMap().lineCount(); line++) {
                read.computeIfAbsent(page.lineMap().origin(line).file(), this::readNow);
            }
            read.computeIfAbsent(page.path(), this::readNow);
        }
    }

    private String readNow(String file) {
        try {
            return Files.readString(docsRoot.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // a file the page read but this one cannot: nothing in it gets a fix
        }
    }

    /**
     * Plans the fixes of the run's findings, writes {@code <out>/fixes.patch} and, in apply mode, writes
     * the edits into the docs tree; prints what it did. Nothing with {@code guidecheck.fix=off}.
     */
    public FixPlan finish(List<FixPlanner.PageFindings> pages, Path out, PrintStream console) throws IOException {
        if (mode == Settings.FixMode.OFF) {
            return plan;
        }
        plan = new FixPlanner(docsRoot, binds, read).plan(pages).inCheckout(checkoutPrefix);
        Path patch = plan.writePatch(out);
        long fixed = plan.outcomes().stream().filter(FixOutcome::fixed).count();
        console.println("  fixes: " + fixed + " of " + plan.outcomes().size() + " findings have a fix, "
                + plan.files().size() + " files edited: " + patch);
        if (mode == Settings.FixMode.APPLY) {
            FixPlan.Applied done = plan.apply(docsRoot);
            applied = Optional.of(done);
            console.println(done.applied()
                    ? "  fixes applied to " + docsRoot + ": " + (done.changed().isEmpty() ? "nothing to change" : String.join(", ", done.changed()))
                    : "  fixes NOT applied: " + done.refused());
        }
        return plan;
    }

    public FixPlan plan() {
        return plan;
    }

    /** What apply mode did, once the run finished in that mode. */
    public Optional<FixPlan.Applied> applied() {
        return applied;
    }
}
