package dev.guidecheck.steps;

import dev.guidecheck.evidence.ScreenshotFiles;
import dev.guidecheck.evidence.Screenshots;
import dev.guidecheck.evidence.SecretScrubber;
import dev.guidecheck.guide.ImageRef;
import dev.guidecheck.guide.Step;
import dev.guidecheck.pages.Screen;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state one procedure's replay carries from step to step: the browser, the screen it shows,
 * the credentials recorded so far and the screenshots taken.
 */
public final class StepContext {

    /** Pixels kept around a captured region, as the reference images do. */
    static final int CAPTURE_PADDING = 8;

    private final WebDriver driver;
    private final StepInputs inputs;
    private final SecretScrubber scrubber;
    private final Path screenshotRoot;
    private final ReplayListener listener;

    private Screen current;
    private Step step;
    private final Set<ImageRef> capturedThisStep = new HashSet<>();
    private final List<RecordedCredential> credentials = new ArrayList<>();
    private final List<Capture> captures = new ArrayList<>();

    /**
     * @param screenshotRoot where the guide's images are written, by their path in the guide;
     *                       {@code null} to take no screenshots
     */
    public StepContext(WebDriver driver, StepInputs inputs, SecretScrubber scrubber, Path screenshotRoot,
                       ReplayListener listener) {
        this.driver = driver;
        this.inputs = inputs;
        this.scrubber = scrubber;
        this.screenshotRoot = screenshotRoot;
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
     * Takes the screenshots for this step's images now, showing the given screen. Bindings call this
     * when the image shows a moment inside the step (the open menu before its entry is clicked);
     * otherwise the replay calls it after the step with the screen it landed on.
     */
    public void captureImages(Screen screen) {
        for (ImageRef image : step.images()) {
            if (capturedThisStep.add(image) && screenshotRoot != null) {
                byte[] png = Screenshots.capture(driver, screen.captureRegion(), CAPTURE_PADDING);
                Path written;
                try {
                    written = ScreenshotFiles.write(screenshotRoot, image.path(), png);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                listener.attachment(image.path(), "image/png", "png", png);
                captures.add(new Capture(image, step, screen.name(), written, png.length));
            }
        }
    }

    void captureRemainingImages() {
        if (!step.images().isEmpty() && current != null) {
            captureImages(current);
        }
    }

    List<RecordedCredential> credentials() {
        return List.copyOf(credentials);
    }

    List<Capture> captures() {
        return List.copyOf(captures);
    }
}
