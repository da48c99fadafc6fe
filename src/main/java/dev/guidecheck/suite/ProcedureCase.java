package dev.guidecheck.suite;

import dev.guidecheck.guide.Procedure;

/** A procedure as a TestNG parameter: short to print, so reports name it and do not dump it. */
public record ProcedureCase(GuideRun.PageRun page, Procedure procedure) {

    /** "infusionsoft-crm/setup.md › To find your Encrypted Key". */
    public String name() {
        return GuideRun.shortPage(page.path()) + " › " + procedure.title();
    }

    @Override
    public String toString() {
        return name();
    }
}
