package dev.guidecheck.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;

import java.util.List;

/**
 * What the guide's screenshot of a screen shows, declared by its page object: the elements the picture is
 * cropped to, what is boxed in red (what the step acts on), and which elements hold secrets to mask.
 *
 * @param region     the picture is the union of these elements' boxes, plus padding; rows between them that
 *                   none of them covers (a notice between a heading and a panel) are left out
 * @param highlights one red box per locator, around all the elements it finds
 * @param secrets    elements whose values are masked, keeping the first three characters
 */
public record CaptureSpec(List<By> region, List<By> highlights, List<By> secrets) {

    public CaptureSpec {
        if (region.isEmpty()) {
            throw new IllegalArgumentException("a capture needs a region");
        }
        region = List.copyOf(region);
        highlights = List.copyOf(highlights);
        secrets = List.copyOf(secrets);
    }
}
