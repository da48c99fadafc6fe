package dev.guidecheck.steps;

import dev.guidecheck.Sites;
import dev.guidecheck.guide.GuidePage;
import dev.guidecheck.guide.Link;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.guide.Step;

import java.util.List;
import java.util.Optional;

/**
 * Which procedures of a page guidecheck can replay: those that act on a site it has page objects for.
 * A docs site describes many products; a procedure on another product's site is reported
 * {@code not-covered} with the reason, never replayed into a false failure and never silently dropped.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * Why the procedure is not covered, or empty when it is. A procedure is covered when one of its steps
     * links to a site with page objects; one that links only to other sites is not, naming the first; one
     * that links nowhere is covered when its page is about a covered site (another of its procedures links
     * there), so a step that lost its link fails on that page instead of vanishing from the check.
     */
    public static Optional<String> notCovered(GuidePage page, Procedure procedure) {
        List<String> links = absoluteLinks(procedure);
        if (links.stream().anyMatch(Sites::hasPageObjectsFor)) {
            return Optional.empty();
        }
        if (!links.isEmpty()) {
            String site = Sites.originOfLink(links.get(0)).orElseThrow();
            return Optional.of("its steps act on " + site + ", a site guidecheck has no page objects for");
        }
        boolean pageIsCovered = page.procedures().stream()
                .anyMatch(p -> absoluteLinks(p).stream().anyMatch(Sites::hasPageObjectsFor));
        return pageIsCovered ? Optional.empty()
                : Optional.of("its steps link to no site, and no procedure of the page acts on a site guidecheck has"
                + " page objects for");
    }

    private static List<String> absoluteLinks(Procedure procedure) {
        return procedure.steps().stream().map(Step::links).flatMap(List::stream).map(Link::url)
                .filter(url -> Sites.originOfLink(url).isPresent()).toList();
    }
}
