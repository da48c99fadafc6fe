package dev.guidecheck.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import dev.guidecheck.guide.GuideException;
import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.GuideReader;
import dev.guidecheck.guide.PageInputException;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.RenderNote;
import dev.guidecheck.guide.SourceRef;
import dev.guidecheck.guide.Step;

/**
 * Checks a guide page for what an author can fix before any browser replays it: a page that does not
 * render, Liquid that renders differently from what was written, list numbers readers never see, links and
 * images that go nowhere, HTML shown as text, credentials the steps never record, and steps no binding
 * understands. Each finding names the source line to edit.
 */
public final class GuideLint {

    /** The section whose steps must tell the reader to record every value of the credential table. */
    public static final String CREDENTIALS_SECTION = "Locate Credentials for Authentication";
    /** A page that does not render: the one finding for it, at the line of the cause. */
    static final String RENDER = "render";
    /** Liquid that rendered, but not as written: an undefined variable printed as nothing, a plugin tag. */
    static final String LIQUID = "liquid";

    private final Path docsRoot;
    private final GuideReader reader;
    private final Predicate<Step> understood;
    private final BiFunction<GuidePage, Procedure, Optional<String>> notCovered;
    private final String credentialsSection;

    /** A lint that takes every procedure as one the check replays (see the other constructor). */
    public GuideLint(Path docsRoot, Predicate<Step> understood) {
        this(docsRoot, understood, (page, procedure) -> Optional.empty(), CREDENTIALS_SECTION);
    }

    /**
     * @param understood         whether a step binding understands a step's sentence; the caller passes the
     *                           real phrase catalogue, so the lint and the replay agree on what can be replayed
     * @param notCovered         why the check does not replay a procedure, or empty when it does; the runner
     *                           passes {@code Coverage::notCovered}, so unbound sentences of procedures on
     *                           other sites are info, not errors
     * @param credentialsSection the title of the section whose steps record the credentials
     */
    public GuideLint(Path docsRoot, Predicate<Step> understood,
                     BiFunction<GuidePage, Procedure, Optional<String>> notCovered, String credentialsSection) {
        this.docsRoot = docsRoot.toAbsolutePath().normalize();
        this.reader = new GuideReader(this.docsRoot);
        this.understood = Objects.requireNonNull(understood, "understood");
        this.notCovered = Objects.requireNonNull(notCovered, "notCovered");
        this.credentialsSection = Objects.requireNonNull(credentialsSection, "credentialsSection");
    }

    /**
     * Reads the page (path relative to the docs root) and lints it. A page that does not render (front
     * matter, Liquid, includes, site data) yields that one {@code render} finding at the line of the cause:
     * the other rules need the rendered page.
     *
     * @throws PageInputException when the path names no page to read: that is the caller's input, not a finding
     */
    public List<LintFinding> lint(String pagePath) {
        GuidePage guide;
        try {
            guide = reader.read(pagePath);
        } catch (PageInputException e) {
            throw e;
        } catch (GuideException e) {
            return List.of(renderFinding(pagePath, e));
        }
        return lint(guide);
    }

    /** The finding for a page that does not render, for a caller that read the page itself. */
    public static LintFinding renderFinding(String pagePath, GuideException failure) {
        SourceRef where = failure.where() != null ? failure.where() : new SourceRef(failure.file(), 1);
        return new LintFinding(RENDER, Severity.ERROR, where, pagePath, failure.reason(),
                "fix " + where + " so that the page renders");
    }

    /**
     * The findings for a page already read (so a run reads each page once), grouped by rule in the order of
     * the rules' list, each group in source order.
     */
    public List<LintFinding> lint(GuidePage guide) {
        LintedPage page = new LintedPage(docsRoot, guide);
        PageHtml html = PageHtml.of(page);
        List<LintFinding> findings = new ArrayList<>();
        for (RenderNote note : guide.renderNotes()) {
            findings.add(page.finding(LIQUID, Severity.WARNING, note.where(), note.message(), note.suggestion()));
        }
        findings.addAll(ListNumbering.check(page));
        findings.addAll(LinkSyntax.check(page));
        findings.addAll(RawHtml.check(page, html));
        findings.addAll(BrokenAnchors.check(page, html));
        findings.addAll(MissingImages.check(page));
        findings.addAll(UnrecordedCredentials.check(page, credentialsSection));
        findings.addAll(UnboundSteps.check(page, understood, notCovered));
        return List.copyOf(findings);
    }
}
