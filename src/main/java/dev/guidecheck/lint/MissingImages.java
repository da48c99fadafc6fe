package dev.guidecheck.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.guidecheck.guide.ImageRef;

/**
 * Rule {@code missing-image}: an image whose file is not in the docs tree, so the published page shows a
 * broken picture. The path is resolved as a browser resolves it against the page's URL
 * ({@link ImageRef#pathFromRoot()}), even when an include wrote it. A path that leaves the docs root is an
 * error too: the site cannot serve it. An image on another site (an absolute URL, a CDN) is not this tree's
 * to check, and there is no network here: it is noted as info.
 */
final class MissingImages {

    static final String RULE = "missing-image";

    private MissingImages() {
    }

    static List<LintFinding> check(LintedPage page) {
        Path root = page.docsRoot();
        List<LintFinding> findings = new ArrayList<>();
        for (ImageRef image : page.page().images()) {
            Optional<String> fromRoot = image.pathFromRoot();
            if (fromRoot.isEmpty()) {
                findings.add(page.finding(RULE, Severity.INFO, image.source(),
                        "image " + image.path() + " is on another site; its file is not checked",
                        "nothing to do, unless the image should live in the docs tree"));
                continue;
            }
            Path file = root.resolve(fromRoot.get().substring(1)).normalize();
            if (!file.startsWith(root)) {
                findings.add(page.finding(RULE, Severity.ERROR, image.source(),
                        "image " + image.path() + " is outside the docs root",
                        "put the image under the docs root and link it from there"));
            } else if (!Files.isRegularFile(file)) {
                findings.add(page.finding(RULE, Severity.ERROR, image.source(),
                        "image " + image.path() + " does not exist (looked for " + root.relativize(file).toString().replace('\\', '/') + ")",
                        "add the image file or fix the path"));
            }
        }
        return findings;
    }
}
