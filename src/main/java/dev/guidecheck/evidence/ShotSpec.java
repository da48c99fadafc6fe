package dev.guidecheck.evidence;

import java.util.List;
import org.openqa.selenium.By;

/**
 * What one screenshot shows: the elements whose union it is cropped to (or the whole page), the elements
 * boxed in red, and what is masked before the capture (elements that hold secrets, and secret values
 * wherever they appear as text or in a field).
 *
 * @param region     each locator's elements belong to the picture; rows of the page between them that no
 *                   region element (plus padding) covers are cut out, so an element between two region
 *                   elements (a notice) does not show; empty for the whole page ({@link #wholePage})
 * @param highlights each locator gets one red box around all the elements it finds
 * @param secretElements elements whose text (or field value) is a secret
 * @param secrets    values to mask wherever they appear on the page
 * @param padding    CSS pixels kept around the region
 */
public record ShotSpec(List<By> region, List<By> highlights, List<By> secretElements, List<Secret> secrets,
                       int padding) {

    /** A secret value and the name a report may use for it (never the value). */
    public record Secret(String name, String value) {
        @Override
        public String toString() {
            return "Secret[" + name + "=" + CredentialMask.mask(value) + "]";
        }
    }

    public ShotSpec {
        if (region.isEmpty() && !highlights.isEmpty()) {
            throw new IllegalArgumentException("a picture of the whole page has no red boxes");
        }
        if (padding < 0) {
            throw new IllegalArgumentException("padding must not be negative: " + padding);
        }
        region = List.copyOf(region);
        highlights = List.copyOf(highlights);
        secretElements = List.copyOf(secretElements);
        secrets = List.copyOf(secrets);
    }

    /** One element, with padding, nothing boxed or masked. */
    public static ShotSpec of(By region, int padding) {
        return new ShotSpec(List.of(region), List.of(), List.of(), List.of(), padding);
    }

    /** The whole page (as far as a capture reaches), nothing boxed, the given secrets masked. */
    public static ShotSpec wholePage(List<By> secretElements, List<Secret> secrets) {
        return new ShotSpec(List.of(), List.of(), secretElements, secrets, 0);
    }

    /** Whether the picture is the whole page rather than a region of it. */
    public boolean isWholePage() {
        return region.isEmpty();
    }
}
