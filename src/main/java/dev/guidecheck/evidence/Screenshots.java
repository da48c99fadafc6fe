package dev.guidecheck.evidence;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Takes the screenshots a guide shows: a region of the page (an element plus some padding), cropped the
 * same way on every run, and the whole page as evidence when a step fails.
 */
public final class Screenshots {

    /** Chromium cannot capture a texture taller or wider than this; longer pages are cut here. */
    static final int MAX_CAPTURE_PIXELS = 16_384;

    /**
     * Scrolls the element to the top of the viewport (less the padding), waits until fonts are loaded and
     * two frames have been drawn, so the scroll is on screen, then measures the element and the viewport
     * in the same coordinates as the viewport screenshot.
     */
    private static final String SCROLL_AND_MEASURE = String.join("\n",
            "const [element, padding, done] = arguments;",
            "element.scrollIntoView({block: 'start', inline: 'nearest', behavior: 'instant'});",
            "window.scrollBy({left: 0, top: -padding, behavior: 'instant'});",
            "const measure = () => {",
            "  const r = element.getBoundingClientRect();",
            "  done({x: r.left, y: r.top, width: r.width, height: r.height,",
            "        scrollX: window.scrollX, scrollY: window.scrollY,",
            "        viewportWidth: window.innerWidth, viewportHeight: window.innerHeight});",
            "};",
            "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(measure)));");

    private Screenshots() {
    }

    /**
     * A PNG of the first element {@code region} finds, with {@code padding} CSS pixels around it, clamped
     * to the page. A region that fits the viewport is cropped from a viewport screenshot; a larger one is
     * captured beyond the viewport through the DevTools protocol.
     *
     * @throws org.openqa.selenium.NoSuchElementException when the region is not on the page (wait first)
     */
    public static byte[] capture(WebDriver driver, By region, int padding) {
        if (padding < 0) {
            throw new IllegalArgumentException("padding must not be negative: " + padding);
        }
        WebElement element = driver.findElement(region);
        Map<?, ?> measured = (Map<?, ?>) ((JavascriptExecutor) driver)
                .executeAsyncScript(SCROLL_AND_MEASURE, element, padding);
        Geometry geometry = Geometry.of(measured);
        if (geometry.fitsViewport(padding)) {
            BufferedImage viewport = Png.decode(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return Png.encode(geometry.cropFrom(viewport, padding));
        }
        return Png.encode(captureBeyondViewport(cdp(driver), geometry, padding));
    }

    /**
     * A PNG of the whole page, as far as {@link #MAX_CAPTURE_PIXELS} allows, for failure evidence. Without
     * the DevTools protocol (some remote drivers), the viewport only.
     */
    public static byte[] fullPage(WebDriver driver) {
        HasCdp cdp = cdpOrNull(driver);
        if (cdp == null) {
            return Png.encode(Png.decode(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)));
        }
        Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
        double width = Math.min(number(content, "width"), MAX_CAPTURE_PIXELS);
        double height = Math.min(number(content, "height"), MAX_CAPTURE_PIXELS);
        return Png.encode(captureClip(cdp, 0, 0, Math.ceil(width), Math.ceil(height)));
    }

    private static BufferedImage captureBeyondViewport(HasCdp cdp, Geometry geometry, int padding) {
        // Document coordinates: the clip of a capture beyond the viewport is measured from the page's origin.
        double left = Math.max(0, Math.floor(geometry.scrollX + geometry.x - padding));
        double top = Math.max(0, Math.floor(geometry.scrollY + geometry.y - padding));
        double right = Math.ceil(geometry.scrollX + geometry.x + geometry.width + padding);
        double bottom = Math.ceil(geometry.scrollY + geometry.y + geometry.height + padding);
        Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
        right = Math.min(right, Math.min(Math.ceil(number(content, "width")), left + MAX_CAPTURE_PIXELS));
        bottom = Math.min(bottom, Math.min(Math.ceil(number(content, "height")), top + MAX_CAPTURE_PIXELS));
        return captureClip(cdp, left, top, right - left, bottom - top);
    }

    private static BufferedImage captureClip(HasCdp cdp, double x, double y, double width, double height) {
        Map<String, Object> shot = cdp.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", x, "y", y, "width", width, "height", height, "scale", 1)));
        return Png.decode(Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static HasCdp cdp(WebDriver driver) {
        HasCdp cdp = cdpOrNull(driver);
        if (cdp == null) {
            throw new UnsupportedOperationException("a region larger than the viewport needs the DevTools"
                    + " protocol, which this driver does not offer (" + driver.getClass().getName() + ")");
        }
        return cdp;
    }

    private static HasCdp cdpOrNull(WebDriver driver) {
        if (driver instanceof HasCdp) {
            return (HasCdp) driver;
        }
        if (!(driver instanceof RemoteWebDriver)) {
            return null;
        }
        // A plain RemoteWebDriver gains DevTools through the Grid once augmented.
        WebDriver augmented = new Augmenter().augment(driver);
        return augmented instanceof HasCdp ? (HasCdp) augmented : null;
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    /** Where the element is, in CSS pixels relative to the viewport, and how large the viewport is. */
    private record Geometry(double x, double y, double width, double height, double scrollX, double scrollY,
                            double viewportWidth, double viewportHeight) {

        static Geometry of(Map<?, ?> measured) {
            return new Geometry(number(measured, "x"), number(measured, "y"), number(measured, "width"),
                    number(measured, "height"), number(measured, "scrollX"), number(measured, "scrollY"),
                    number(measured, "viewportWidth"), number(measured, "viewportHeight"));
        }

        boolean fitsViewport(int padding) {
            return height + 2.0 * padding <= viewportHeight && width + 2.0 * padding <= viewportWidth;
        }

        BufferedImage cropFrom(BufferedImage viewport, int padding) {
            // Screenshot pixels per CSS pixel: 1 with the session's pinned scale, but measured, not assumed.
            double scale = viewport.getWidth() / viewportWidth;
            int left = clamp(Math.floor((x - padding) * scale), viewport.getWidth());
            int top = clamp(Math.floor((y - padding) * scale), viewport.getHeight());
            int right = clamp(Math.ceil((x + width + padding) * scale), viewport.getWidth());
            int bottom = clamp(Math.ceil((y + height + padding) * scale), viewport.getHeight());
            if (right <= left || bottom <= top) {
                throw new IllegalStateException("the region is outside the viewport after scrolling to it: " + this);
            }
            return Png.crop(viewport, left, top, right - left, bottom - top);
        }

        private static int clamp(double value, int max) {
            return (int) Math.max(0, Math.min(max, value));
        }
    }
}
