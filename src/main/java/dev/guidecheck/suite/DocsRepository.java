package dev.guidecheck.suite;

import dev.guidecheck.guide.SourceRef;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The docs tree as a git checkout: its commit, and where a line of it lives in the repository the docs
 * are kept in, so a report read from a CI artifact links to the line to edit rather than to a file on
 * the machine that ran the check.
 *
 * @param commit the checkout's commit, when the docs root is in a git checkout
 * @param prefix the docs root's path inside the checkout ("" at its top, else ending in "/")
 * @param repo   the repository's web address (guidecheck.docs.repo), when set
 */
record DocsRepository(Optional<String> commit, String prefix, Optional<URI> repo) {

    /** Asks git about the docs root, with bounded waits; no git, or no checkout, is no error. */
    static DocsRepository of(Path docsRoot, Optional<URI> repo) {
        Optional<String> commit = git(docsRoot, "rev-parse", "HEAD").filter(c -> c.matches("[0-9a-f]{40}"));
        // Asked even before the checkout's first commit: the fix stage's patch names files by their checkout paths.
        String prefix = git(docsRoot, "rev-parse", "--show-prefix").orElse("");
        return new DocsRepository(commit, prefix, repo);
    }

    /** {@code <repo>/blob/<commit>/<path>#L<line>}, when the repository is configured. */
    Optional<String> link(SourceRef where) {
        return repo.map(r -> r.toString().replaceFirst("/+$", "") + "/blob/" + commit.orElse("HEAD") + "/"
                + prefix + where.file() + "#L" + where.line());
    }

    private static Optional<String> git(Path dir, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!git.waitFor(5, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
