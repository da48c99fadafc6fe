package dev.guidecheck.fix;

import dev.guidecheck.AtomicFiles;
import dev.guidecheck.guide.SourceRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fix stage's answer for a run: every finding with its fix or why none, and the docs files as all
 * certain fixes together leave them, as {@code fixes.patch} or written into the docs tree.
 */
public final class FixPlan {

    private final List<FixOutcome> outcomes;
    private final Map<String, SourceFile> edited;
    private final Map<String, String> basis;
    /** The docs root's path inside its git checkout, ending in "/"; "" at the checkout's top or outside any. */
    private final String checkoutPrefix;

    FixPlan(List<FixOutcome> outcomes, Map<String, SourceFile> edited, Map<String, String> basis) {
        this(outcomes, edited, basis, "");
    }

    private FixPlan(List<FixOutcome> outcomes, Map<String, SourceFile> edited, Map<String, String> basis, String checkoutPrefix) {
        this.outcomes = List.copyOf(outcomes);
        this.edited = new LinkedHashMap<>(edited);
        this.basis = new LinkedHashMap<>(basis);
        this.checkoutPrefix = checkoutPrefix;
    }

    /** A plan with nothing in it (a run with fixes off). */
    public static FixPlan none() {
        return new FixPlan(List.of(), Map.of(), Map.of());
    }

    /**
     * The same plan for a docs root at {@code prefix} inside a git checkout ("site/"): its patch names the files by
     * their paths in the checkout. {@code git apply} takes paths from the checkout's top wherever it runs in it,
     * and skips, without a word and exiting 0, every file outside the folder it runs in: a patch of docs-root
     * paths applied in such a docs root changed nothing.
     */
    public FixPlan inCheckout(String prefix) {
        return new FixPlan(outcomes, edited, basis, prefix);
    }

    public List<FixOutcome> outcomes() {
        return outcomes;
    }

    /** What the fix stage says about the finding on this page with this id, place and message. */
    public Optional<FixOutcome> of(String page, String id, SourceRef where, String message) {
        return outcomes.stream().filter(o -> o.names(page, id, where.file(), where.line(), message)).findFirst();
    }

    /** The files the fixes change, relative to the docs root, in the order first edited. */
    public List<String> files() {
        return List.copyOf(edited.keySet());
    }

    /**
     * A unified diff of the docs tree that {@code git apply} takes in the docs root (and anywhere above it in its
     * git checkout); empty when nothing is fixed.
     */
    public String patch() {
        StringBuilder patch = new StringBuilder();
        edited.keySet().stream().sorted().forEach(path -> patch.append(UnifiedDiff.of(edited.get(path), checkoutPrefix)));
        return patch.toString();
    }

    /** Writes {@code <out>/fixes.patch} (empty when nothing is fixed) and returns it. */
    public Path writePatch(Path out) throws IOException {
        Files.createDirectories(out);
        return AtomicFiles.write(out.resolve("fixes.patch"), patch().getBytes(StandardCharsets.UTF_8), AtomicFiles.SHARED);
    }

    /**
     * What {@link #apply} did: the files it changed, or why it changed none.
     */
    public record Applied(List<String> changed, String refused) {
        public boolean applied() {
            return refused == null;
        }
    }

    /**
     * Writes every edited file into the docs root, all or nothing: none when a file lies outside the docs
     * root or changed since the check read it; each written whole to a temporary file beside it and moved
     * into place, the ones already moved put back if a later one fails.
     */
    public Applied apply(Path docsRoot) throws IOException {
        if (edited.isEmpty()) {
            return new Applied(List.of(), null);
        }
        Path root = docsRoot.toRealPath();
        Map<Path, String> targets = new LinkedHashMap<>();
        List<String> changedUnderRun = new ArrayList<>();
        for (Map.Entry<String, SourceFile> e : edited.entrySet()) {
            Path target = root.resolve(e.getKey()).normalize();
            if (!target.startsWith(root) || !Files.isRegularFile(target) || !target.toRealPath().startsWith(root)) {
                return new Applied(List.of(), e.getKey() + " is not a file inside the docs root " + root + "; no edit applied");
            }
            if (!Files.readString(target, StandardCharsets.UTF_8).equals(basis.get(e.getKey()))) {
                changedUnderRun.add(e.getKey());
            }
            targets.put(target, e.getValue().editedText());
        }
        if (!changedUnderRun.isEmpty()) {
            return new Applied(List.of(), String.join(", ", changedUnderRun) + (changedUnderRun.size() == 1 ? " has" : " have")
                    + " changed since the check read " + (changedUnderRun.size() == 1 ? "it" : "them") + "; no edit applied");
        }
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> t : targets.entrySet()) {
                Path tmp = Files.createTempFile(t.getKey().getParent(), ".guidecheck-fix", ".tmp");
                temporaries.put(t.getKey(), tmp);
                Files.writeString(tmp, t.getValue(), StandardCharsets.UTF_8);
                PosixFileAttributeView posix = Files.getFileAttributeView(t.getKey(), PosixFileAttributeView.class);
                if (posix != null) {
                    Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
                }
            }
            List<Path> moved = new ArrayList<>();
            for (Map.Entry<Path, Path> t : temporaries.entrySet()) {
                try {
                    move(t.getValue(), t.getKey());
                    moved.add(t.getKey());
                } catch (IOException e) {
                    for (Path back : moved) {
                        Files.writeString(back, basis.get(root.relativize(back).toString().replace('\\', '/')), StandardCharsets.UTF_8);
                    }
                    throw e;
                }
            }
        } finally {
            for (Path tmp : temporaries.values()) {
                Files.deleteIfExists(tmp);
            }
        }
        return new Applied(List.copyOf(edited.keySet()), null);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
