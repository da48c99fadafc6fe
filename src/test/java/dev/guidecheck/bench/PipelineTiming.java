package dev.guidecheck.bench;

import dev.guidecheck.Settings;
import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSession;
import dev.guidecheck.browser.BrowserSettings;
import dev.guidecheck.evidence.ScreenshotMode;
import dev.guidecheck.evidence.ScreenshotPolicy;
import dev.guidecheck.evidence.Png;
import dev.guidecheck.evidence.ScreenshotFiles;
import dev.guidecheck.evidence.Screenshots;
import dev.guidecheck.evidence.Shot;
import dev.guidecheck.evidence.ShotSpec;
import dev.guidecheck.pages.ApiSection;
import dev.guidecheck.pages.AppMenu;
import dev.guidecheck.pages.ApplicationSettingsPage;
import dev.guidecheck.pages.CaptureSpec;
import dev.guidecheck.pages.MyApiKeysPage;
import dev.guidecheck.pages.PortalSignInPage;
import dev.guidecheck.pages.Screen;
import dev.guidecheck.pages.SignInPage;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.ReplicaProfiles;
import dev.guidecheck.replica.Site;
import dev.guidecheck.steps.StepContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The screenshot pipeline per image, timed in place rather than as the difference of two whole runs (which
 * the load on the machine moves by more than the pipeline costs). On each of the three screens the Locate
 * procedures publish (the API section, the open app menu, My API Keys), the work a step does for one image:
 * the capture with its masks applied and verified in the pixels, the PNG encode, the comparison with the docs
 * tree's image and the encode of its diff, the file written. The capture alone is timed too.
 */
final class PipelineTiming {

    /** One image's medians, in milliseconds: the whole pipeline and the capture alone. */
    record Image(String name, double pipelineMs, double captureMs) {
    }

    /** The three images, and per image the mean of their medians. */
    record Result(List<Image> images) {
        double pipelineMs() {
            return images.stream().mapToDouble(Image::pipelineMs).average().orElse(Double.NaN);
        }

        double captureMs() {
            return images.stream().mapToDouble(Image::captureMs).average().orElse(Double.NaN);
        }
    }

    private final int runs;
    private final List<Image> images = new ArrayList<>();

    private PipelineTiming(int runs) {
        this.runs = runs;
    }

    static Result measure(int runs) throws IOException {
        PipelineTiming timing = new PipelineTiming(runs);
        Replica replica = Replica.shared(ReplicaProfiles.named(ReplicaProfiles.FAITHFUL).orElseThrow());
        replica.reset();
        List<ShotSpec.Secret> secrets = new ArrayList<>();
        replica.secretValues().forEach((value, what) -> secrets.add(new ShotSpec.Secret(what, value)));
        replica.accounts().forEach(account -> secrets.add(new ShotSpec.Secret("password", account.password())));
        Path docs = Path.of(Settings.DEFAULT_DOCS).toAbsolutePath();
        Path out = Files.createTempDirectory("guidecheck-bench-pipeline");
        try (BrowserSession session = BrowserFactory.of(BrowserSettings.defaults()).open()) {
            WebDriver driver = session.driver();
            driver.get(replica.whereIs(Site.INFUSIONSOFT, "/app/settings/application").toString());
            new SignInPage(driver).signIn(replica.account(Site.INFUSIONSOFT));
            ApplicationSettingsPage settings = new ApplicationSettingsPage(driver);
            ApiSection api = settings.section("API");
            timing.time(driver, api, api.capture(), secrets, docs, "/assets/img/elements/infusionsoft/encrypted-key.png", out);
            AppMenu menu = settings.openAppMenu();
            timing.time(driver, menu, menu.capture(), secrets, docs, "/assets/img/elements/infusionsoft/admin-settings.png", out);

            driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys").toString());
            MyApiKeysPage keys = (MyApiKeysPage) new PortalSignInPage(driver).signIn(replica.account(Site.DEVELOPER_PORTAL));
            timing.time(driver, keys, keys.capture(), secrets, docs, "/assets/img/elements/infusionsoft/infusionsoft_creds.png", out);
        } finally {
            PeerComparison.deleteTree(out);
        }
        return new Result(List.copyOf(timing.images));
    }

    /**
     * One screen's image: one warm-up, then {@code runs} timed passes; keeps the medians. Each pass is the first
     * capture of its image in a run (a run of its own: the docs image decoded, the capture encoded, the picture
     * of changes encoded and both written), prepared as a step prepares it ({@link ScreenshotPolicy#prepare});
     * later captures of the same screen in a run reuse the decoded image and the encoding and write nothing.
     */
    private void time(WebDriver driver, Screen screen, CaptureSpec spec, List<ShotSpec.Secret> secrets,
                      Path docs, String image, Path out) throws IOException {
        // The fields a step masks on this screen: what the capture declares and what the screen holds.
        Set<By> fields = new LinkedHashSet<>(spec.secrets());
        fields.addAll(screen.secretFields());
        ShotSpec shot = new ShotSpec(spec.region(), spec.highlights(), List.copyOf(fields), secrets,
                StepContext.CAPTURE_PADDING);
        List<Double> whole = new ArrayList<>();
        List<Double> captured = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            ScreenshotPolicy policy = new ScreenshotPolicy(ScreenshotMode.CHECK, out, docs, 0.001, 1.0);
            long start = System.nanoTime();
            Shot taken = Screenshots.capture(driver, shot);
            long afterCapture = System.nanoTime();
            ScreenshotPolicy.Prepared prepared = policy.prepare(image, taken);
            ScreenshotFiles.write(out, image, prepared.png());
            if (prepared.comparison().diff().isPresent()) {
                ScreenshotFiles.write(out, image.replace(".png", "-diff.png"), prepared.diff() != null ? prepared.diff()
                        : Png.encodeQuick(prepared.comparison().diff().get()));
            }
            long end = System.nanoTime();
            if (i > 0) {
                whole.add((end - start) / 1e6);
                captured.add((afterCapture - start) / 1e6);
            }
        }
        images.add(new Image(image.substring(image.lastIndexOf('/') + 1), PeerComparison.median(whole),
                PeerComparison.median(captured)));
    }
}
