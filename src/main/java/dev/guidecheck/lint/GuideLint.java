package dev.guidecheck.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import dev.guidecheck.guide.GuideException;
import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.GuideReader;
import dev.guidecheck.guide.SourceRef;
import dev.guidecheck.guide.Step;

/**
 * Checks a guide page for what an author can fix before any browser replays it: Liquid that does not
 * render, list numbers readers never see, links and images that go nowhere, credentials the steps never
 * record, and steps no binding understands. Each finding names the source line to edit.
 */
public final class GuideLint {

    /** The section whose steps must tell the reader to record every value of the credential table. */
    public static final String CREDENTIALS_SECTION = "Locate Credentials for Authentication";
    static final String LIQUID = "liquid";

    private final Path docsRoot;
    private final GuideReader reader;
    private final Predicate<Step> understood;
    private final String credentialsSection;

    /**
     * @param understood whether a step binding understands a step's sentence; the caller passes the real
     *                   phrase catalogue, so the lint and the replay agree on what can be replayed
     */
    public GuideLint(Path docsRoot, Predicate<Step> understood) {
        this(docsRoot, understood, CREDENTIALS_SECTION);
    }

    /** @param credentialsSection the title of the section whose steps record the credentials */
    public GuideLint(Path docsRoot, Predicate<Step> understood, String credentialsSection) {
        this.docsRoot = docsRoot.toAbsolutePath().normalize();
        this.reader = new GuideReader(this.docsRoot);
        this.understood = Objects.requireNonNull(understood, "understood");
        this.credentialsSection = Objects.requireNonNull(credentialsSection, "credentialsSection");
    }

    /**
     * The findings for a page (path relative to the docs root), grouped by rule in the order of the rules'
     * list, each group in source order. A page the reader cannot render (Liquid, includes, front matter)
     * yields that one {@code liquid} finding: the other rules need the rendered page.
     */
    public List<LintFinding> lint(String pagePath) {
        GuidePage guide;
        try {
            guide = reader.read(pagePath);
        } catch (GuideException e) {
            SourceRef where = e.where() != null ? e.where() : new SourceRef(e.file(), 1);
            return List.of(new LintFinding(LIQUID, Severity.ERROR, where, pagePath, e.reason(),
                    "fix " + where + " so that the page renders"));
        }
        LintedPage page = new LintedPage(docsRoot, guide);
        List<LintFinding> findings = new ArrayList<>();
        findings.addAll(ListNumbering.check(page));
        findings.addAll(LinkSyntax.check(page));
        findings.addAll(BrokenAnchors.check(page));
        findings.addAll(MissingImages.check(page));
        findings.addAll(UnrecordedCredentials.check(page, credentialsSection));
        findings.addAll(UnboundSteps.check(page, understood));
        return List.copyOf(findings);
    }
}
