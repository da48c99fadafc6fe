package dev.guidecheck.report;

/** How reports name a page where the whole path would be noise. */
public final class PageNames {

    private PageNames() {
    }

    /** "docs/elements/infusionsoft-crm/setup.md" as "infusionsoft-crm/setup.md". */
    public static String shortPage(String path) {
        String[] parts = path.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : path;
    }
}
