package dev.guidecheck.evidence;

import dev.guidecheck.browser.DevToolsChannel;
import dev.guidecheck.browser.InPage;
import dev.guidecheck.browser.Locators;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.remote.Augmenter;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Takes every picture guidecheck writes or attaches, one way: the screenshots a guide shows (the region of
 * the page a page object declares, the union of some elements, plus padding, with red boxes around what the
 * step acts on, cropped the same way on every run) and the whole page as evidence when a step fails; each
 * with its secrets masked and every mask seen in the pixels.
 */
public final class Screenshots {

    /** Chromium cannot capture a texture taller or wider than this; longer pages are cut here. */
    static final int MAX_CAPTURE_PIXELS = 16_384;

    /**
     * Statements that start watching the page for what could change its pixels after a capture was asked
     * for: every change to the document, the scroll position, and resources that finish loading (a
     * background image). An earlier watch is stopped.
     */
    private static final String WATCH = String.join("\n",
            "if (window.__guidecheckStill) { window.__guidecheckStill.observer.disconnect(); window.__guidecheckStill.loads.disconnect(); }",
            "window.__guidecheckStill = (() => { const s = {changes: 0, scrollX: window.scrollX, scrollY: window.scrollY};",
            "  s.observer = new MutationObserver(records => { s.changes += records.length; });",
            "  s.observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});",
            "  s.loads = new PerformanceObserver(list => { s.changes += list.getEntries().length; });",
            "  s.loads.observe({type: 'resource'});",
            "  return s; })();");

    /**
     * The one script a capture runs before the browser draws it: finds the region, highlight and secret
     * elements (locators {@link Locators#FIND} can look for, or the elements the driver found for the others);
     * scrolls the topmost region element to the top of the viewport (less the padding), unless the picture is
     * the whole page; waits until fonts are loaded and images decoded; measures the region and highlight
     * elements, the scroll position and the viewport in the coordinates of a viewport screenshot; puts the
     * masks on ({@link Redactions#MASK}); and starts watching the page ({@link #WATCH}). Answers
     * {@code {missing: i}} when the i-th region or highlight locator finds nothing.
     */
    private static final String PREPARE = String.join("\n",
            "async (locators, wholePage, regionCount, highlightCount, padding, secrets, shownByLength, colour) => {",
            Locators.FIND,
            Redactions.MASK,
            "const found = locators.map(l => Array.isArray(l) ? l : find(l));",
            "const missing = found.slice(0, regionCount + highlightCount).findIndex(f => f.length === 0);",
            "if (missing >= 0) return {missing};",
            "const regions = found.slice(0, regionCount).flat();",
            "const highlights = found.slice(regionCount, regionCount + highlightCount);",
            "const secretElements = found.slice(regionCount + highlightCount).flat();",
            "if (!wholePage) {",
            "  const topmost = regions.slice().sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];",
            "  topmost.scrollIntoView({block: 'start', inline: 'nearest', behavior: 'instant'});",
            "  window.scrollBy({left: 0, top: -padding, behavior: 'instant'});",
            "}",
            "await Promise.all([document.fonts.ready, ...[...document.images].map(i => i.decode().catch(() => null))]);",
            "const rect = e => { const r = e.getBoundingClientRect(); return {x: r.left, y: r.top, width: r.width, height: r.height}; };",
            "const measured = {regions: regions.map(rect), highlights: highlights.map(group => group.map(rect)),",
            "    scrollX: window.scrollX, scrollY: window.scrollY,",
            "    viewportWidth: window.innerWidth, viewportHeight: window.innerHeight};",
            "if (secretElements.length > 0 || secrets.length > 0) {",
            "  measured.masks = maskSecrets(secretElements, secrets, shownByLength, colour);",
            "}",
            WATCH,
            "return measured;",
            "}");

    /**
     * After a capture: whether the page may have changed since the watch started (anything {@link #WATCH}
     * sees, or something on the page that moves by itself: a running animation, a video, a canvas, a frame,
     * an animated GIF); the watch stops. When the page held still and {@code takeOff}, the masks come off, and
     * with {@code watchAgain} a new watch starts for the picture without them.
     */
    private static final String AFTER_CAPTURE = String.join("\n",
            "(takeOff, watchAgain) => {",
            "let changed = true;",
            "const s = window.__guidecheckStill;",
            "if (s) {",
            "  s.changes += s.observer.takeRecords().length + s.loads.takeRecords().length;",
            "  s.observer.disconnect(); s.loads.disconnect(); delete window.__guidecheckStill;",
            "  const moving = document.getAnimations().some(a => a.playState === 'running')",
            "    || document.querySelector('video, canvas, iframe, frame') !== null",
            "    || [...document.images].some(i => /^data:image\\/gif|\\.gif([?#]|$)/i.test(i.currentSrc));",
            "  changed = s.changes > 0 || moving || window.scrollX !== s.scrollX || window.scrollY !== s.scrollY;",
            "}",
            "if (!changed && takeOff) {",
            Redactions.RESTORE,
            "  if (watchAgain) {",
            WATCH,
            "  }",
            "}",
            "return changed;",
            "}");

    /**
     * Threads for the parts of a capture that wait for the browser or use the CPU while another part waits
     * (parking the pointer, decoding the capture, encoding it while it is compared); daemons, so they never keep
     * a JVM alive.
     */
    static final ExecutorService HELPERS = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "guidecheck-capture-helper");
        thread.setDaemon(true);
        return thread;
    });

    /** Captures taken at most until two in a row are the same, when the page could not be shown to hold still. */
    static final int MAX_CAPTURES_UNTIL_STABLE = 5;

    private Screenshots() {
    }

    /**
     * The picture a spec describes: a region of the page, or the whole page. A region that fits the
     * viewport is captured alone (cropped from a viewport screenshot without the DevTools protocol); a larger
     * one, and the whole page, are captured beyond the viewport through the DevTools protocol (without it,
     * the whole page is the viewport). Secrets are masked before the capture and each mask is checked in its
     * pixels: a bar must show its colour, a masked field must look different from the field unmasked (one
     * more picture, after the page is put back).
     *
     * <p>One capture is kept when the page shows it held still from before the capture was asked for until
     * after it came (see {@link #AFTER_CAPTURE}): the browser draws a new frame of the page as it is when asked,
     * so nothing else could have made the capture differ. Otherwise captures are taken until two in a row
     * agree, compared as the browser's PNG bytes. The page is put back either way. This is the only way
     * guidecheck takes a picture.
     *
     * @throws org.openqa.selenium.NoSuchElementException when a region or highlight finds nothing
     * @throws RedactionException when a secret stays legible or a mask cannot be seen in the pixels
     * @throws UnstableScreenException when the screen never holds still for two captures
     */
    public static Shot capture(WebDriver driver, ShotSpec spec) {
        // Once per capture: on a Grid, finding the DevTools channel augments the driver, which is not free.
        Cdp cdp = cdpOrNull(driver);
        // The pointer is parked while the page is prepared: each waits for the browser, neither for the other.
        CompletableFuture<Void> parked = cdp == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> parkPointer(cdp), HELPERS);
        Map<?, ?> measured;
        try {
            measured = prepare(driver, spec);
        } finally {
            joined(parked);
        }
        Layout layout = spec.isWholePage() ? wholePage(driver, cdp, measured) : region(driver, spec, cdp, measured);
        Redactions.Applied applied = measured.get("masks") instanceof Map<?, ?> masks ? Redactions.applied(masks) : null;
        boolean masksOn = applied != null;
        int[] captures = {0};
        Supplier<Taken> once = () -> {
            captures[0]++;
            return layout.once().get();
        };
        Framed picture;
        List<Shot.Redaction> redactions = new ArrayList<>();
        List<Redactions.Mask> fields = new ArrayList<>();
        boolean watchedUnmasked = false;
        try {
            if (applied != null) {
                if (!applied.leaks().isEmpty()) {
                    throw new RedactionException("the " + String.join(", ", applied.leaks()) + " is still legible on"
                            + " the page after masking (it is in text or a field guidecheck cannot mask)");
                }
                if (applied.scrollX() != layout.scrollX() || applied.scrollY() != layout.scrollY()) {
                    throw new RedactionException("the page scrolled while masking secrets, so the masks cannot be"
                            + " placed in the picture");
                }
                applied.masks().stream().filter(mask -> !mask.isBar()).forEach(fields::add);
            }
            Taken first = once.get();
            // Decoded while the page is asked whether it held still, which it almost always did.
            CompletableFuture<Framed> decoded = CompletableFuture.supplyAsync(first::framed, HELPERS);
            if (heldStill(driver, masksOn, !fields.isEmpty())) {
                picture = joined(decoded);
                watchedUnmasked = masksOn && !fields.isEmpty();
                masksOn = false;
            } else {
                picture = stable(once, first);
            }
            if (applied != null) {
                for (Redactions.Mask mask : applied.masks()) {
                    Rectangle box = picture.frame.toImage(mask.x(), mask.y(), mask.width(), mask.height(),
                            picture.image.getWidth(), picture.image.getHeight());
                    if (box == null) {
                        fields.remove(mask);
                        continue; // masked, but outside the picture
                    }
                    if (mask.isBar() && !Redactions.barShows(picture.image, box)) {
                        throw notShown(mask, box);
                    }
                    redactions.add(new Shot.Redaction(mask.what(), box));
                }
            }
        } finally {
            if (masksOn) {
                Redactions.restore(driver);
            }
        }
        if (!fields.isEmpty()) {
            // The page is back as it was: the same picture unmasked, to see each field's mask as a change.
            Taken taken = once.get();
            Framed unmasked = watchedUnmasked && heldStill(driver, false, false) ? taken.framed() : stable(once, taken);
            if (unmasked.image.getWidth() != picture.image.getWidth()
                    || unmasked.image.getHeight() != picture.image.getHeight()) {
                throw new RedactionException("the page changed size after masking, so the masked fields cannot"
                        + " be compared with the fields unmasked");
            }
            for (Redactions.Mask mask : fields) {
                Rectangle box = picture.frame.toImage(mask.x(), mask.y(), mask.width(), mask.height(),
                        picture.image.getWidth(), picture.image.getHeight());
                if (!Redactions.fieldChanged(unmasked.image, picture.image, box)) {
                    throw notShown(mask, box);
                }
            }
        }
        if (layout.geometry() == null) {
            return new Shot(picture.image, redactions, captures[0]);
        }

        Geometry geometry = layout.geometry();
        List<Rectangle> boxes = new ArrayList<>();
        for (Object group : (List<?>) measured.get("highlights")) {
            Rectangle union = null;
            for (Object r : (List<?>) group) {
                Map<?, ?> m = (Map<?, ?>) r;
                Rectangle box = picture.frame.toImage(number(m, "x"), number(m, "y"), number(m, "width"),
                        number(m, "height"), picture.image.getWidth(), picture.image.getHeight());
                if (box != null) {
                    union = union == null ? box : union.union(box);
                }
            }
            boxes.add(union);
        }
        Stitch stitch = Stitch.of(geometry.regionBands(picture.frame, picture.image.getHeight()),
                picture.image.getHeight());
        BufferedImage image = stitch.apply(picture.image);
        List<Shot.Redaction> kept = new ArrayList<>();
        for (Shot.Redaction r : redactions) {
            Rectangle box = stitch.map(r.box());
            if (box != null) {
                kept.add(new Shot.Redaction(r.what(), box));
            }
        }
        Highlights.draw(image, boxes.stream().filter(b -> b != null).map(stitch::map).filter(b -> b != null).toList());
        return new Shot(image, kept, captures[0]);
    }

    /**
     * {@link #PREPARE}, run in one call: on the browser's DevTools channel when every locator is one a script
     * can look for, else through the driver with the elements it found for the others.
     */
    private static Map<?, ?> prepare(WebDriver driver, ShotSpec spec) {
        List<By> locators = new ArrayList<>(spec.region());
        locators.addAll(spec.highlights());
        locators.addAll(spec.secretElements());
        List<Object> arguments = new ArrayList<>();
        for (By by : locators) {
            arguments.add(Locators.of(by).<Object>map(scripted -> scripted).orElseGet(() -> driver.findElements(by)));
        }
        List<Object> args = new ArrayList<>(List.of(arguments, spec.isWholePage(), spec.region().size(),
                spec.highlights().size(), spec.padding()));
        args.addAll(Redactions.arguments(spec.secrets()));
        Map<?, ?> measured = (Map<?, ?>) InPage.call(driver, PREPARE, args);
        if (measured.get("missing") instanceof Number missing) {
            int i = missing.intValue();
            boolean region = i < spec.region().size();
            throw new NoSuchElementException("the screenshot's " + (region ? "region " : "highlight ")
                    + locators.get(i) + " is not on the page");
        }
        return measured;
    }

    /** Waits for work a capture handed to {@link #HELPERS}, and throws what it threw. */
    static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** {@link #AFTER_CAPTURE}: true when the page held still for the capture just taken. */
    private static boolean heldStill(WebDriver driver, boolean takeOff, boolean watchAgain) {
        return Boolean.FALSE.equals(InPage.call(driver, AFTER_CAPTURE, List.of(takeOff, watchAgain)));
    }

    /**
     * {@link #capture} as a PNG to attach, or a placeholder that says why, when the capture cannot be masked
     * and verified: a secret still legible, a mask not seen in the pixels, a screen that never holds still,
     * a browser that cannot give a picture. Never an unmasked picture.
     *
     * @param what     the picture's name in the placeholder ("failure screenshot")
     * @param scrubber removes secrets from the browser's own words before they are drawn
     */
    public static Picture picture(WebDriver driver, ShotSpec spec, String what, SecretScrubber scrubber) {
        try {
            return Picture.captured(Png.encodeQuick(capture(driver, spec).image()));
        } catch (RedactionException e) {
            return Picture.withheld(what, "its masks could not be verified: " + e.getMessage());
        } catch (UnstableScreenException e) {
            return Picture.withheld(what, e.getMessage());
        } catch (RuntimeException e) {
            // A dead or closing browser, a page gone mid-capture, a driver without screenshots: no picture.
            return Picture.withheld(what, "the browser could not give a masked picture of the page ("
                    + e.getClass().getSimpleName() + ": " + scrubber.scrub(firstLine(e.getMessage())) + ")");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static RedactionException notShown(Redactions.Mask mask, Rectangle box) {
        return new RedactionException("the mask over the " + mask.what() + " does not show in the screenshot (its box at "
                + box.x + "," + box.y + " " + box.width + "x" + box.height + (mask.isBar()
                ? " is not the mask's colour)" : " looks the same with and without it)"));
    }

    /** How to take one picture, and where the page was scrolled when it was measured. */
    private record Layout(Supplier<Taken> once, double scrollX, double scrollY, Geometry geometry) {
    }

    /** A region, scrolled to and measured by {@link #PREPARE}: clipped from the viewport or captured beyond it. */
    private static Layout region(WebDriver driver, ShotSpec spec, Cdp cdp, Map<?, ?> measured) {
        Geometry geometry = Geometry.of(measured, spec.padding());
        Supplier<Taken> once;
        if (!geometry.fitsViewport()) {
            Cdp required = required(cdp, driver);
            once = () -> geometry.captureBeyondViewport(required);
        } else if (cdp != null) {
            // Only the region's pixels: the browser encodes, and guidecheck decodes, a fraction of the viewport.
            once = () -> geometry.clipFromViewport(cdp);
        } else {
            once = () -> Taken.decoded(geometry.cropFrom(
                    Png.decode(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES))));
        }
        return new Layout(once, geometry.scrollX, geometry.scrollY, geometry);
    }

    /**
     * The whole page from its top left corner, as far as {@link #MAX_CAPTURE_PIXELS} allows, where it is
     * scrolled now; without the DevTools protocol (some remote drivers), the viewport only.
     */
    private static Layout wholePage(WebDriver driver, Cdp cdp, Map<?, ?> measured) {
        double scrollX = number(measured, "scrollX");
        double scrollY = number(measured, "scrollY");
        double viewportWidth = number(measured, "viewportWidth");
        Supplier<Taken> once;
        if (cdp == null) {
            once = () -> {
                BufferedImage viewport = Png.decode(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                return Taken.decoded(new Framed(viewport, new Frame(viewport.getWidth() / viewportWidth, 0, 0)));
            };
        } else {
            once = () -> {
                Map<String, Object> metrics = cdp.send("Page.getLayoutMetrics", Map.of());
                Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
                double width = Math.min(Math.ceil(number(content, "width")), MAX_CAPTURE_PIXELS);
                double height = Math.min(Math.ceil(number(content, "height")), MAX_CAPTURE_PIXELS);
                // Document coordinates: the page's origin is scrollX, scrollY left of and above the viewport's.
                return new Taken(captureClip(cdp, 0, 0, width, height), new Frame(1, -scrollX, -scrollY), null);
            };
        }
        return new Layout(once, scrollX, scrollY, null);
    }

    /**
     * The first capture that the next one repeats pixel for pixel, {@code first} included: what the screen
     * settled on. Captures from the browser are compared as the PNG it sent (its encoder gives the same bytes
     * for the same pixels), so only the one kept is decoded.
     *
     * @throws UnstableScreenException when the screen keeps changing (an animation, a blinking caret)
     */
    private static Framed stable(Supplier<Taken> once, Taken first) {
        Taken previous = first;
        for (int i = 1; i < MAX_CAPTURES_UNTIL_STABLE; i++) {
            Taken next = once.get();
            if (next.samePixels(previous)) {
                return next.framed();
            }
            previous = next;
        }
        throw new UnstableScreenException("the screen changed between each of " + MAX_CAPTURES_UNTIL_STABLE
                + " captures in a row (an animation or a blinking caret?), so no capture would be repeatable");
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        int w = a.getWidth();
        int h = a.getHeight();
        return java.util.Arrays.equals(Png.argb(a, 0, 0, w, h), Png.argb(b, 0, 0, w, h));
    }

    /** The clip as the PNG the browser encodes, in base64, as it sends it. */
    private static String captureClip(Cdp cdp, double x, double y, double width, double height) {
        Map<String, Object> shot = cdp.send("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", x, "y", y, "width", width, "height", height, "scale", 1)));
        return (String) shot.get("data");
    }

    /**
     * Moves the mouse pointer off the page, so that no {@code :hover} style is in the picture. After a click
     * the pointer rests where the clicked link was; whether the link now under it on the next page shows
     * hovered depends on when the browser next looks at the pointer, so two runs of the same steps could
     * write different pixels. Without the DevTools protocol, the pointer stays where it is.
     */
    private static void parkPointer(Cdp cdp) {
        if (cdp != null) {
            cdp.send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", -1, "y", -1));
        }
    }

    private static Cdp required(Cdp cdp, WebDriver driver) {
        if (cdp == null) {
            throw new UnsupportedOperationException("a region larger than the viewport needs the DevTools"
                    + " protocol, which this driver does not offer (" + driver.getClass().getName() + ")");
        }
        return cdp;
    }

    /**
     * Where the capture's DevTools commands go: the browser's own channel when it has one, straight to the
     * browser; else the driver's relay, which costs each command about 8 ms more (a capture, a pointer move).
     * Null when the driver offers no DevTools protocol.
     */
    private static Cdp cdpOrNull(WebDriver driver) {
        Optional<DevToolsChannel> channel = DevToolsChannel.of(driver);
        if (channel.isPresent()) {
            return channel.get()::send;
        }
        HasCdp relay = relayOrNull(driver);
        return relay == null ? null : relay::executeCdpCommand;
    }

    private static HasCdp relayOrNull(WebDriver driver) {
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

    /** A DevTools command and its result. */
    private interface Cdp {
        Map<String, Object> send(String method, Map<String, Object> params);
    }

    private static double number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    /** A picture and how CSS pixels of the viewport map onto it. */
    private record Framed(BufferedImage image, Frame frame) {
    }

    /**
     * One capture as it came: the browser's PNG in base64 and where it sits, decoded only when kept; or,
     * from a driver without the DevTools protocol, already decoded and cropped ({@code png} null).
     */
    private record Taken(String png, Frame frame, Framed decoded) {

        static Taken decoded(Framed framed) {
            return new Taken(null, framed.frame(), framed);
        }

        Framed framed() {
            return decoded != null ? decoded : new Framed(Png.decode(Base64.getDecoder().decode(png)), frame);
        }

        boolean samePixels(Taken other) {
            if (png != null && other.png != null) {
                return png.equals(other.png) && frame.equals(other.frame);
            }
            return Screenshots.samePixels(framed().image(), other.framed().image());
        }
    }

    /** Image pixel = CSS pixel of the viewport times scale, less the shift (where the crop starts). */
    private record Frame(double scale, double shiftX, double shiftY) {

        /** The rectangle in the picture's pixels, clipped to it; null when none of it is in the picture. */
        Rectangle toImage(double x, double y, double width, double height, int imageWidth, int imageHeight) {
            int left = (int) Math.max(0, Math.floor(x * scale - shiftX));
            int top = (int) Math.max(0, Math.floor(y * scale - shiftY));
            int right = (int) Math.min(imageWidth, Math.ceil((x + width) * scale - shiftX));
            int bottom = (int) Math.min(imageHeight, Math.ceil((y + height) * scale - shiftY));
            return right > left && bottom > top ? new Rectangle(left, top, right - left, bottom - top) : null;
        }
    }

    /** Where the region's elements are, in CSS pixels relative to the viewport, and how large the viewport is. */
    private record Geometry(List<double[]> regions, double x, double y, double width, double height, double scrollX,
                            double scrollY, double viewportWidth, double viewportHeight, int padding) {

        static Geometry of(Map<?, ?> measured, int padding) {
            List<double[]> regions = new ArrayList<>();
            double left = Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (Object o : (List<?>) measured.get("regions")) {
                Map<?, ?> r = (Map<?, ?>) o;
                double[] box = {number(r, "x"), number(r, "y"), number(r, "width"), number(r, "height")};
                regions.add(box);
                left = Math.min(left, box[0]);
                top = Math.min(top, box[1]);
                right = Math.max(right, box[0] + box[2]);
                bottom = Math.max(bottom, box[1] + box[3]);
            }
            return new Geometry(regions, left, top, right - left, bottom - top, number(measured, "scrollX"),
                    number(measured, "scrollY"), number(measured, "viewportWidth"), number(measured, "viewportHeight"),
                    padding);
        }

        boolean fitsViewport() {
            return height + 2.0 * padding <= viewportHeight && width + 2.0 * padding <= viewportWidth;
        }

        Framed cropFrom(BufferedImage viewport) {
            // Screenshot pixels per CSS pixel: 1 with the session's pinned scale, but measured, not assumed.
            double scale = viewport.getWidth() / viewportWidth;
            int left = clamp(Math.floor((x - padding) * scale), viewport.getWidth());
            int top = clamp(Math.floor((y - padding) * scale), viewport.getHeight());
            int right = clamp(Math.ceil((x + width + padding) * scale), viewport.getWidth());
            int bottom = clamp(Math.ceil((y + height + padding) * scale), viewport.getHeight());
            if (right <= left || bottom <= top) {
                throw new IllegalStateException("the region is outside the viewport after scrolling to it: " + this);
            }
            return new Framed(Png.crop(viewport, left, top, right - left, bottom - top), new Frame(scale, left, top));
        }

        /** The region as {@link #cropFrom} crops it, captured alone: a clip of the viewport as it is now. */
        Taken clipFromViewport(Cdp cdp) {
            int left = clamp(Math.floor(x - padding), (int) viewportWidth);
            int top = clamp(Math.floor(y - padding), (int) viewportHeight);
            int right = clamp(Math.ceil(x + width + padding), (int) viewportWidth);
            int bottom = clamp(Math.ceil(y + height + padding), (int) viewportHeight);
            if (right <= left || bottom <= top) {
                throw new IllegalStateException("the region is outside the viewport after scrolling to it: " + this);
            }
            // The clip is in document coordinates; the viewport starts scrollX, scrollY into the document.
            Map<String, Object> shot = cdp.send("Page.captureScreenshot", Map.of(
                    "format", "png",
                    "clip", Map.of("x", scrollX + left, "y", scrollY + top, "width", right - left,
                            "height", bottom - top, "scale", 1)));
            return new Taken((String) shot.get("data"), new Frame(1, left, top), null);
        }

        Taken captureBeyondViewport(Cdp cdp) {
            // Document coordinates: the clip of a capture beyond the viewport is measured from the page's origin.
            double left = Math.max(0, Math.floor(scrollX + x - padding));
            double top = Math.max(0, Math.floor(scrollY + y - padding));
            double right = Math.ceil(scrollX + x + width + padding);
            double bottom = Math.ceil(scrollY + y + height + padding);
            Map<String, Object> metrics = cdp.send("Page.getLayoutMetrics", Map.of());
            Map<?, ?> content = (Map<?, ?>) metrics.get("cssContentSize");
            right = Math.min(right, Math.min(Math.ceil(number(content, "width")), left + MAX_CAPTURE_PIXELS));
            bottom = Math.min(bottom, Math.min(Math.ceil(number(content, "height")), top + MAX_CAPTURE_PIXELS));
            return new Taken(captureClip(cdp, left, top, right - left, bottom - top), new Frame(1, left - scrollX,
                    top - scrollY), null);
        }

        /** Each region element's rows with padding, in the picture's pixels: what a stitch keeps. */
        List<int[]> regionBands(Frame frame, int imageHeight) {
            List<int[]> bands = new ArrayList<>();
            for (double[] r : regions) {
                int top = (int) Math.max(0, Math.floor((r[1] - padding) * frame.scale() - frame.shiftY()));
                int bottom = (int) Math.min(imageHeight, Math.ceil((r[1] + r[3] + padding) * frame.scale() - frame.shiftY()));
                if (bottom > top) {
                    bands.add(new int[] {top, bottom});
                }
            }
            return bands;
        }

        private static int clamp(double value, int max) {
            return (int) Math.max(0, Math.min(max, value));
        }
    }

    /**
     * Joins the bands of rows a region's elements cover, leaving out the rows between them that belong to
     * none (a notice between a heading and the key it introduces), and maps boxes onto the joined picture.
     */
    private record Stitch(List<int[]> bands) {

        static Stitch of(List<int[]> regionBands, int height) {
            List<int[]> sorted = new ArrayList<>(regionBands);
            sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] band : sorted) {
                int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && band[0] <= last[1]) {
                    last[1] = Math.max(last[1], band[1]);
                } else {
                    merged.add(new int[] {band[0], band[1]});
                }
            }
            if (merged.isEmpty()) {
                merged.add(new int[] {0, height});
            }
            return new Stitch(merged);
        }

        BufferedImage apply(BufferedImage image) {
            if (bands.size() == 1 && bands.get(0)[0] == 0 && bands.get(0)[1] == image.getHeight()) {
                return image;
            }
            int height = bands.stream().mapToInt(b -> b[1] - b[0]).sum();
            int width = image.getWidth();
            int[] joined = new int[width * height];
            int at = 0;
            for (int[] band : bands) {
                int rows = band[1] - band[0];
                System.arraycopy(Png.argb(image, 0, band[0], width, rows), 0, joined, at * width, rows * width);
                at += rows;
            }
            return Png.argbImage(joined, width, height);
        }

        /** The part of the box in the kept rows, moved up by the rows cut above it; null if none is kept. */
        Rectangle map(Rectangle box) {
            int top = Integer.MAX_VALUE;
            int bottom = Integer.MIN_VALUE;
            int removed = 0;
            int previousEnd = 0;
            for (int[] band : bands) {
                removed += band[0] - previousEnd;
                previousEnd = band[1];
                int from = Math.max(band[0], box.y);
                int to = Math.min(band[1], box.y + box.height);
                if (to > from) {
                    top = Math.min(top, from - removed);
                    bottom = Math.max(bottom, to - removed);
                }
            }
            return bottom > top ? new Rectangle(box.x, top, box.width, bottom - top) : null;
        }
    }
}
