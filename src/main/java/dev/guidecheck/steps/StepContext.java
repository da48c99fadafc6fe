package dev.guidecheck.steps;

import dev.guidecheck.evidence.Baselines;
import dev.guidecheck.evidence.PageSource;
import dev.guidecheck.evidence.Picture;
import dev.guidecheck.evidence.Png;
import dev.guidecheck.evidence.RedactionException;
import dev.guidecheck.evidence.ScreenshotFiles;
import dev.guidecheck.evidence.ScreenshotMode;
import dev.guidecheck.evidence.ScreenshotPolicy;
import dev.guidecheck.evidence.Screenshots;
import dev.guidecheck.evidence.SecretScrubber;
import dev.guidecheck.evidence.Shot;
import dev.guidecheck.evidence.UnstableScreenException;
import dev.guidecheck.evidence.ShotSpec;
import dev.guidecheck.guide.ImageRef;
import dev.guidecheck.guide.Step;
import dev.guidecheck.pages.CaptureSpec;
import dev.guidecheck.pages.Screen;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state one procedure's replay carries from step to step: the browser, the screen it shows,
 * the credentials recorded so far and the screenshots taken. Every picture of the replay is taken here,
 * the guide's images and the failure evidence alike, through {@link Screenshots#capture} with the same
 * secrets masked: every credential recorded so far, every secret of the run, every secret value the site
 * holds now, and the fields the page objects mark secret.
 */
public final class StepContext {

    /** Pixels kept around a captured region, as the reference images do; room for the red boxes. */
    public static final int CAPTURE_PADDING = 8;

    private final WebDriver driver;
    private final StepInputs inputs;
    private final SecretScrubber scrubber;
    private final ScreenshotPolicy screenshots;
    private final ReplayListener listener;

    private Screen current;
    private Step step;
    private final Set<ImageRef> capturedThisStep = new HashSet<>();
    private final List<RecordedCredential> credentials = new ArrayList<>();
    private final List<Capture> captures = new ArrayList<>();
    private final List<PendingImage> pending = new ArrayList<>();

    /**
     * @param screenshots how the guide's images are taken, compared and written; {@code null} to take none
     */
    public StepContext(WebDriver driver, StepInputs inputs, SecretScrubber scrubber, ScreenshotPolicy screenshots,
                       ReplayListener listener) {
        this.driver = driver;
        this.inputs = inputs;
        this.scrubber = scrubber;
        this.screenshots = screenshots == null ? ScreenshotPolicy.off() : screenshots;
        this.listener = listener;
    }

    public WebDriver driver() {
        return driver;
    }

    public StepInputs inputs() {
        return inputs;
    }

    public SecretScrubber scrubber() {
        return scrubber;
    }

    /** The screen the browser shows after the last step, if a step has landed anywhere yet. */
    public Optional<Screen> current() {
        return Optional.ofNullable(current);
    }

    /** Record where a step landed. */
    public void land(Screen screen) {
        this.current = screen;
    }

    /**
     * The current screen as the capability a step needs, or a {@code step-missing} failure that
     * says what the browser shows instead: the guide probably skips the step that leads there.
     */
    public <T> T currentAs(Class<T> capability, String needs) {
        if (current == null) {
            throw new StepFailedException(Category.STEP_MISSING,
                    "this step needs " + needs + ", but no earlier step opened a page; the guide may skip a step");
        }
        if (!capability.isInstance(current)) {
            throw new StepFailedException(Category.STEP_MISSING,
                    "this step needs " + needs + ", but the browser shows " + current.name()
                            + ", which has none; the guide may skip a step");
        }
        return capability.cast(current);
    }

    void beginStep(Step step) {
        this.step = step;
        capturedThisStep.clear();
        pending.clear();
    }

    /** Keeps a credential the guide says to record; its value becomes a secret for every report. */
    public void record(String credential, String value) {
        CredentialShapes.problem(credential, value).ifPresent(problem -> {
            throw new StepFailedException(Category.CREDENTIAL_MISSING,
                    "the " + credential + " " + problem + " on " + current.name());
        });
        scrubber.register(value);
        credentials.add(new RecordedCredential(credential, value, step));
    }

    /**
     * Takes the screenshots for this step's images now, showing the given screen as its page object
     * declares it. Bindings call this when the image shows a moment inside the step (the open menu before
     * its entry is clicked); otherwise the replay calls it after the step with the screen it landed on.
     */
    public void captureImages(Screen screen) {
        captureImages(screen, screen.capture());
    }

    /**
     * The same with a declaration the step chose (the menu with the entry it is about to click boxed).
     * Nothing is written until the step has passed ({@link #publishImages}).
     */
    public void captureImages(Screen screen, CaptureSpec spec) {
        for (ImageRef image : step.images()) {
            // An image on another site (a CDN) is not the docs tree's to compare or refresh.
            if (capturedThisStep.add(image) && screenshots.mode() != ScreenshotMode.OFF && !image.isAbsoluteUrl()) {
                pending.add(shoot(image, screen, spec));
            }
        }
    }

    private PendingImage shoot(ImageRef image, Screen screen, CaptureSpec spec) {
        String path = image.pathFromRoot().orElseThrow();
        try {
            ScreenshotFiles.resolve(screenshots.docsRoot(), path);
        } catch (IllegalArgumentException e) {
            throw new StepFailedException(Category.SCREENSHOT, "the image " + image.path() + " (" + image.source()
                    + ") leads outside the docs root " + screenshots.docsRoot()
                    + "; guidecheck compares and writes images only inside it, so fix the image path");
        }
        Shot shot;
        try {
            shot = Screenshots.capture(driver, new ShotSpec(spec.region(), spec.highlights(),
                    secretFields(spec.secrets(), screen), secrets(), CAPTURE_PADDING));
        } catch (RedactionException e) {
            String why = "its redaction could not be verified: " + e.getMessage();
            listener.attachment(image.path() + " (withheld)", "image/png", "png",
                    Picture.withheld("screenshot " + image.path(), why).png());
            throw new StepFailedException(Category.SCREENSHOT, "the screenshot " + image.path() + " of "
                    + screen.name() + " was not written: " + why);
        } catch (UnstableScreenException e) {
            throw new StepFailedException(Category.SCREENSHOT, "the screenshot " + image.path() + " of "
                    + screen.name() + " was not written: " + e.getMessage());
        } catch (NoSuchElementException e) {
            throw new StepFailedException(Category.SCREENSHOT, "the screenshot " + image.path() + " of "
                    + screen.name() + " cannot be taken: " + firstLine(e.getMessage()));
        }
        ScreenshotPolicy.Prepared prepared = screenshots.prepare(path, shot);
        Baselines.Comparison comparison = prepared.comparison();
        byte[] png = prepared.png();
        BufferedImage diffImage = comparison.diff().orElse(null);
        byte[] diff = prepared.diff();
        listener.imageTaken(image.path(), png, prepared.changed() ? comparison.expected().orElse(null) : null,
                diff, comparison.note().orElse(null));
        if (screenshots.mode() == ScreenshotMode.CHECK && comparison.status() == Baselines.Status.CHANGED
                && comparison.fraction() > screenshots.failAbove()) {
            throw new StepFailedException(Category.SCREENSHOT, String.format(Locale.ROOT,
                    "the screenshot %s of %s differs from %s by %.1f%% of its pixels, more than"
                            + " guidecheck.screenshots.failAbove (%.1f%%); see the attached changes, and refresh"
                            + " the image if the product changed on purpose",
                    image.path(), screen.name(), comparison.baseline(), 100 * comparison.fraction(),
                    100 * screenshots.failAbove()));
        }
        return new PendingImage(image, path, screen.name(), shot.image(), png, diffImage, diff, comparison,
                shot.redactions());
    }

    /**
     * The whole page the browser shows, as evidence for a failed step, masked and verified as the guide's
     * images are (see the class comment), with the secret fields of the screen the replay last landed on.
     * Withheld, with a placeholder that says why, when the browser shows no screen guidecheck knows (then no
     * page object says which of its fields hold secrets) or when a mask cannot be verified.
     */
    public Picture failureScreenshot() {
        String what = "failure screenshot";
        List<ShotSpec.Secret> secrets = secrets();
        if (current == null) {
            return Picture.withheld(what, "no step had reached a screen guidecheck knows, so nothing says which"
                    + " fields of the page the browser shows hold secrets");
        }
        boolean shown;
        try {
            shown = !driver.findElements(current.captureRegion()).isEmpty();
        } catch (WebDriverException e) {
            return Picture.withheld(what, "the browser could not say what it shows ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (!shown) {
            return Picture.withheld(what, "the browser no longer shows " + current.name() + ", the last screen"
                    + " guidecheck recognised, so nothing says which fields of the page it shows hold secrets");
        }
        return Screenshots.picture(driver, ShotSpec.wholePage(current.secretFields(), secrets), what, scrubber);
    }

    /** The page source as failure evidence: password values removed, every secret known now scrubbed. */
    public String pageSource() {
        learnSiteSecrets();
        return PageSource.scrubbed(driver, scrubber);
    }

    /** The fields a capture of {@code screen} masks: what its spec declares, and the current screen's secret fields. */
    private List<By> secretFields(List<By> declared, Screen screen) {
        Set<By> fields = new LinkedHashSet<>(declared);
        fields.addAll(screen.secretFields());
        if (current != null) {
            fields.addAll(current.secretFields());
        }
        return List.copyOf(fields);
    }

    /**
     * Every credential recorded so far by name, every other secret of the run, and every secret value the
     * site holds now by what it is: to mask wherever shown.
     */
    private List<ShotSpec.Secret> secrets() {
        Map<String, String> site = learnSiteSecrets();
        List<ShotSpec.Secret> secrets = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (RecordedCredential c : credentials) {
            if (c.value() != null && !c.value().isBlank() && named.add(c.value())) {
                secrets.add(new ShotSpec.Secret(c.name(), c.value()));
            }
        }
        site.forEach((value, what) -> {
            if (!value.isBlank() && named.add(value)) {
                secrets.add(new ShotSpec.Secret(what, value));
            }
        });
        for (String value : scrubber.values()) {
            if (named.add(value)) {
                secrets.add(new ShotSpec.Secret("secret", value));
            }
        }
        return secrets;
    }

    /** The secret values the site holds now (they change as steps save and register), also scrubbed from all text. */
    private Map<String, String> learnSiteSecrets() {
        Map<String, String> site = inputs == null ? Map.of() : inputs.siteSecrets().get();
        site.keySet().forEach(scrubber::register);
        return site;
    }

    void captureRemainingImages() {
        if (!step.images().isEmpty() && current != null) {
            captureImages(current);
        }
    }

    /**
     * Writes the images this step took, now that it has passed: the run's copy, the picture of changes, and
     * in refresh mode the docs tree's image when it changed. A step that failed writes none.
     */
    void publishImages() {
        try {
            for (PendingImage p : pending) {
                // The run's copy is what refresh would write: the first capture of each image in the run.
                boolean first = screenshots.baselines().claim(p.comparison());
                Path evidence = ScreenshotFiles.resolve(screenshots.evidenceRoot(), p.path());
                Path diffs = screenshots.evidenceRoot().resolveSibling("screenshot-diffs");
                Path diff = p.diffImage() == null ? null : ScreenshotFiles.resolve(diffs, p.path());
                if (first) {
                    ScreenshotFiles.write(screenshots.evidenceRoot(), p.path(), p.png());
                    if (diff != null) {
                        ScreenshotFiles.write(diffs, p.path(), p.diff() != null ? p.diff() : Png.encodeQuick(p.diffImage()));
                    }
                }
                Path written = null;
                String note = null;
                if (screenshots.mode() == ScreenshotMode.REFRESH) {
                    Baselines.Refresh refresh = screenshots.baselines().refresh(p.path(), p.picture(), p.comparison(), first);
                    written = refresh.written().orElse(null);
                    note = refresh.note().orElse(null);
                }
                captures.add(new Capture(p.image(), step, p.screen(), screenshots.mode(), p.comparison().status(),
                        p.comparison().fraction(), evidence, written, note, diff, p.png().length,
                        p.masks()));
            }
        } catch (IOException e) {
            throw new StepFailedException(Category.ENVIRONMENT, "cannot write a screenshot: " + e.getMessage(), e);
        } finally {
            pending.clear();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * A screenshot taken during a step, waiting for the step to pass: the picture, its PNG for the run's copy,
     * and the picture of changes ({@code diff} encoded, when it was attached).
     */
    private record PendingImage(ImageRef image, String path, String screen, BufferedImage picture, byte[] png,
                                BufferedImage diffImage, byte[] diff,
                                Baselines.Comparison comparison, List<Shot.Redaction> masks) {
    }

    List<RecordedCredential> credentials() {
        return List.copyOf(credentials);
    }

    List<Capture> captures() {
        return List.copyOf(captures);
    }
}
