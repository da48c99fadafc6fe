package dev.guidecheck.lint;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.guidecheck.guide.ImageRef;

/**
 * Rule {@code missing-image}: an image whose file is not in the docs tree, so the published page shows a
 * broken picture. A path starting with "/" is from the site root, which is the docs root; any other path
 * is from the page's own folder, where Jekyll publishes it, even when an include wrote it. A path that
 * leaves the docs root is refused too: the site cannot serve it.
 */
final class MissingImages {

    static final String RULE = "missing-image";

    private MissingImages() {
    }

    static List<LintFinding> check(LintedPage page) {
        Path root = page.docsRoot();
        Path pageFolder = root.resolve(page.page().path()).getParent();
        List<LintFinding> findings = new ArrayList<>();
        for (ImageRef image : page.page().images()) {
            String path = image.path();
            // Other sites' images are not this tree's to check.
            if (path.matches("(?i)^([a-z][a-z0-9+.-]*:|//).*")) {
                continue;
            }
            String local = URLDecoder.decode(path.replaceFirst("[?#].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
            Path file = (local.startsWith("/") ? root.resolve(local.substring(1)) : pageFolder.resolve(local)).normalize();
            if (!file.startsWith(root)) {
                findings.add(page.finding(RULE, Severity.ERROR, image.source(),
                        "image " + path + " is outside the docs root",
                        "put the image under the docs root and link it from there"));
            } else if (!Files.isRegularFile(file)) {
                findings.add(page.finding(RULE, Severity.ERROR, image.source(),
                        "image " + path + " does not exist (looked for " + root.relativize(file).toString().replace('\\', '/') + ")",
                        "add the image file or fix the path"));
            }
        }
        return findings;
    }
}
