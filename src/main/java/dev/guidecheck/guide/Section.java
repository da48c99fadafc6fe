package dev.guidecheck.guide;

import java.util.List;

/**
 * A "##" section of a guide page and the procedures written under it.
 *
 * @param id the anchor the site gives the heading (kramdown auto_ids), as linked from "On this page"
 */
public record Section(String title, String id, SourceRef source, List<Procedure> procedures) {

    public Section {
        procedures = List.copyOf(procedures);
    }
}
