package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.evidence.Baselines;
import dev.guidecheck.evidence.Highlights;
import dev.guidecheck.evidence.Png;
import dev.guidecheck.evidence.ScreenshotMode;
import dev.guidecheck.evidence.Shot;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.report.ConsoleProgress;
import dev.guidecheck.steps.Capture;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.RecordedCredential;
import dev.guidecheck.steps.ReplayListener;
import dev.guidecheck.steps.ReplayListeners;
import dev.guidecheck.steps.StepResult;
import dev.guidecheck.steps.StepStatus;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide's images as a docs writer commits them: refreshed into a docs tree, checked against it, safe to publish. */
public class ScreenshotPublishingTest {

    static final String IMAGES = "assets/img/elements/infusionsoft/";
    static final List<String> THREE = List.of("admin-settings.png", "encrypted-key.png", "infusionsoft_creds.png");
    /** The CRM page shows all three images and records every credential: enough, and a third of the time. */
    private static final String[] ALL_PAGES = {"docs/elements/infusionsoft-crm/setup.md"};
    /** The procedure whose first image is admin-settings.png. */
    private static final Predicate<Procedure> ENCRYPTED_KEY = p -> p.title().equals("To find your Encrypted Key");

    /** The reference tree before and after one refresh run: the starting point of the tests that refresh. */
    private Path reference;
    private Path refreshed;
    private Run first;

    @BeforeClass
    public void refreshACopyOfTheReferenceTree() throws IOException {
        reference = DocsTrees.copyOfReference();
        refreshed = DocsTrees.copyOf(reference);
        first = run(refreshed, Map.of("guidecheck.screenshots", "refresh"), ALL_PAGES);
    }

    @Test
    public void refreshWritesTheThreeImagesAndASecondRefreshWritesNothingAndTheSameBytes() throws IOException {
        Map<String, FileState> before = snapshot(reference);
        assertThat(first.failures()).isEmpty();
        Map<String, FileState> afterFirst = snapshot(refreshed);
        for (String image : THREE) {
            assertThat(afterFirst.get(IMAGES + image).bytes()).as(image).isNotEqualTo(before.get(IMAGES + image).bytes());
        }
        assertThat(first.captures()).extracting(c -> c.written() == null ? null : refreshed.relativize(c.written()).toString())
                .filteredOn(p -> p != null).containsExactlyInAnyOrderElementsOf(THREE.stream().map(i -> IMAGES + i).toList());
        // Nothing but the three images changed in the docs tree.
        Map<String, FileState> othersBefore = new TreeMap<>(before);
        Map<String, FileState> othersAfter = new TreeMap<>(afterFirst);
        THREE.forEach(i -> {
            othersBefore.remove(IMAGES + i);
            othersAfter.remove(IMAGES + i);
        });
        assertThat(othersAfter).isEqualTo(othersBefore);

        Path docs = DocsTrees.copyOf(refreshed);
        Map<String, FileState> refreshedOnce = snapshot(docs);
        Run second = run(docs, Map.of("guidecheck.screenshots", "refresh"), ALL_PAGES);
        assertThat(second.failures()).isEmpty();
        assertThat(snapshot(docs)).isEqualTo(refreshedOnce);
        assertThat(second.captures()).isNotEmpty().allSatisfy(c -> assertThat(c.written()).as(c.image().path()).isNull());
        // Two runs on the same replica state write the same bytes, not only the same pixels.
        for (String image : THREE) {
            assertThat(Files.readAllBytes(second.out().resolve("screenshots").resolve(IMAGES + image))).as(image)
                    .isEqualTo(Files.readAllBytes(first.out().resolve("screenshots").resolve(IMAGES + image)));
        }
        // The first step of the run showing each image decides it, and now finds it unchanged.
        for (String image : THREE) {
            Capture decider = second.captures().stream().filter(c -> c.image().path().endsWith(image)).findFirst().orElseThrow();
            assertThat(decider.status()).as(image).isEqualTo(Baselines.Status.UNCHANGED);
            assertThat(decider.fraction()).as(image).isZero();
        }
        JsonNode shot = second.report().at("/pages/0/screenshots/0");
        assertThat(shot.at("/mode").asText()).isEqualTo("refresh");
        assertThat(shot.at("/status").asText()).isEqualTo("unchanged");
        assertThat(shot.at("/diffFraction").asDouble()).isZero();
        assertThat(shot.at("/written").isNull()).isTrue();
        assertThat(shot.at("/bytes").asInt()).isPositive();
    }

    @Test
    public void aProductChangeOnOneScreenRewritesOnlyThatScreensImage() throws IOException {
        // Refreshed on the faithful replica: the CRM page shows all three images.
        Path docs = DocsTrees.copyOf(refreshed);
        Map<String, FileState> faithful = snapshot(docs);

        // The portal's Applications tab is renamed: only My API Keys looks different.
        run(docs, Map.of("guidecheck.screenshots", "refresh", "guidecheck.replica.profile", "portal-tabs-renamed"),
                "docs/elements/infusionsoft-crm/setup.md");
        Map<String, FileState> drifted = snapshot(docs);

        assertThat(drifted.get(IMAGES + "infusionsoft_creds.png").bytes())
                .isNotEqualTo(faithful.get(IMAGES + "infusionsoft_creds.png").bytes());
        Map<String, FileState> others = new TreeMap<>(drifted);
        Map<String, FileState> othersBefore = new TreeMap<>(faithful);
        others.remove(IMAGES + "infusionsoft_creds.png");
        othersBefore.remove(IMAGES + "infusionsoft_creds.png");
        assertThat(others).as("every other file, bytes and modification time").isEqualTo(othersBefore);
    }

    @Test
    public void publishedImagesCarryRedBoxesAndNoRecordedCredentialIsLegible() throws IOException {
        Path docs = refreshed;
        Run run = first;
        assertThat(run.failures()).isEmpty();

        int boxColour = Highlights.COLOUR.getRGB();
        for (String image : THREE) {
            BufferedImage published = Png.normalise(Png.decode(Files.readAllBytes(docs.resolve(IMAGES + image))));
            assertThat(count(published, boxColour)).as("red box pixels in " + image).isGreaterThan(200);
        }
        assertThat(boxesIn(Png.normalise(Png.decode(Files.readAllBytes(docs.resolve(IMAGES + "admin-settings.png"))))))
                .as("the logo button and ADMIN's Settings are boxed").isEqualTo(2);

        // Every credential recorded before an image was taken, and shown on it, is masked there: the mask
        // carries the credential's name, and no ink of the value is left in the published pixels (each
        // capture's own pixels, as attached to its step; the file keeps the last capture of its path).
        int checked = 0;
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (ProcedureResult procedure : run.procedures()) {
            for (Capture capture : procedure.captures()) {
                int nth = seen.merge(capture.image().path(), 1, Integer::sum) - 1;
                byte[] png = run.attached(capture.image().path()).get(nth);
                BufferedImage published = Png.normalise(Png.decode(png));
                for (RecordedCredential credential : procedure.credentials()) {
                    if (credential.step().position() > capture.step().position() || !shows(capture, credential)) {
                        continue;
                    }
                    List<Shot.Redaction> masks = capture.masks().stream()
                            .filter(m -> m.what().contains(credential.name())).toList();
                    assertThat(masks).as(credential.name() + " on " + capture.image().path()).isNotEmpty();
                    for (Shot.Redaction mask : masks) {
                        // Inside the mask's edge: its outermost column may hold the anti-aliased edge of the
                        // third character, which stays legible on purpose.
                        Rectangle inside = new Rectangle(mask.box().x + 1, mask.box().y + 1, mask.box().width - 2,
                                mask.box().height - 2);
                        assertThat(ink(published, inside)).as(credential.name() + " legible on " + capture.image().path())
                                .isZero();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("masked credentials checked").isGreaterThanOrEqualTo(3);
        // And the published bytes never contain a value in any text form.
        for (ProcedureResult procedure : run.procedures()) {
            for (Capture capture : procedure.captures()) {
                for (byte[] png : run.attached(capture.image().path())) {
                    String bytes = new String(png, StandardCharsets.ISO_8859_1);
                    procedure.credentials().forEach(c -> assertThat(bytes).doesNotContain(c.value()));
                }
            }
        }
    }

    @Test
    public void checkModeReportsTheReferenceImagesChangedWithADiffAndDoesNotFailTheRun() throws IOException {
        Path docs = DocsTrees.copyOfReference();
        Map<String, FileState> before = snapshot(docs);

        Run run = run(docs, Map.of(), "docs/elements/infusionsoft-crm/setup.md");

        assertThat(run.failures()).isEmpty();
        assertThat(snapshot(docs)).isEqualTo(before);
        assertThat(run.captures()).hasSize(6).allSatisfy(c -> {
            assertThat(c.mode()).isEqualTo(ScreenshotMode.CHECK);
            assertThat(c.status()).isEqualTo(Baselines.Status.CHANGED);
            assertThat(c.fraction()).as("a size change is a full change").isEqualTo(1.0);
            assertThat(c.written()).isNull();
            assertThat(c.diff()).isNotNull().exists();
            // The picture of changes covers both images, which differ in size: the 2017 screenshots are not the replica's.
            int published = Png.decode(Files.readAllBytes(docs.resolve(c.image().path().substring(1)))).getWidth();
            int captured = Png.decode(Files.readAllBytes(c.evidence())).getWidth();
            assertThat(Png.decode(Files.readAllBytes(c.diff())).getWidth()).isEqualTo(Math.max(published, captured));
        });
        // What Allure is handed for its screen diff: the docs tree's image, the capture, the changes, and why
        // only part of them could be compared.
        TakenImage taken = run.images().stream().filter(i -> i.name().endsWith("admin-settings.png")).findFirst().orElseThrow();
        assertThat(taken.expected()).isEqualTo(Files.readAllBytes(docs.resolve(taken.name().substring(1))));
        assertThat(taken.diff()).isNotNull();
        assertThat(taken.note()).isNotBlank();
        JsonNode shot = run.report().at("/pages/0/screenshots/0");
        assertThat(shot.at("/mode").asText()).isEqualTo("check");
        assertThat(shot.at("/status").asText()).isEqualTo("changed");
        assertThat(shot.at("/diffFraction").asDouble()).isEqualTo(1.0);
        assertThat(run.console()).contains("6 screenshots").contains("screenshots: 6 taken; 0 match the docs tree's image, 6 differ");
    }

    @Test
    public void checkModeFailsTheStepWhenAnImageChangedMoreThanFailAbove() throws IOException {
        Path docs = DocsTrees.copyOfReference();
        // One procedure is enough: its first image decides.
        Run run = run(docs, Map.of("guidecheck.screenshots.failAbove", "0.5"), ENCRYPTED_KEY,
                "docs/elements/infusionsoft-crm/setup.md");

        assertThat(run.failures()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.category().id()).isEqualTo("screenshot");
            assertThat(f.message()).contains("guidecheck.screenshots.failAbove").contains("100.0%");
        });
    }

    @Test
    public void anImagePathLeadingOutOfTheDocsRootIsRefusedAndNothingIsWritten() throws IOException {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, "_includes/Elements/infusionsoft/setup.md", 22,
                "/assets/img/elements/infusionsoft/admin-settings.png", "/../escaped-admin-settings.png");
        Map<String, FileState> before = snapshot(docs);

        // The procedure that shows the image is replayed; the others never see the edited line.
        Run run = run(docs, Map.of("guidecheck.screenshots", "refresh"), ENCRYPTED_KEY,
                "docs/elements/infusionsoft-crm/setup.md");

        StepResult failure = run.failures().get(0);
        assertThat(failure.category().id()).isEqualTo("screenshot");
        assertThat(failure.message()).contains("/../escaped-admin-settings.png").contains("leads outside the docs root");
        assertThat(docs.resolveSibling("escaped-admin-settings.png")).doesNotExist();
        assertThat(run.out().resolveSibling("escaped-admin-settings.png")).doesNotExist();
        // The failed step wrote nothing, and the procedure stopped there.
        Map<String, FileState> after = snapshot(docs);
        assertThat(after.keySet()).isEqualTo(before.keySet());
    }

    // ---------------------------------------------------------------------------------------------------

    /** What a check did: procedures, attachments' names, console, report. */
    record Run(List<ProcedureResult> procedures, List<Map.Entry<String, byte[]>> attached, List<TakenImage> images,
               String console, JsonNode report, Path out) {

        List<String> attachments() {
            return attached.stream().map(Map.Entry::getKey).toList();
        }

        /** The bytes of every attachment with this name, in the order the steps attached them. */
        List<byte[]> attached(String name) {
            return attached.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
        }

        List<Capture> captures() {
            return procedures.stream().flatMap(p -> p.captures().stream()).toList();
        }

        List<StepResult> failures() {
            return procedures.stream().flatMap(p -> p.failure().stream()).toList();
        }
    }

    /** Runs the check on the replica with these extra settings; the pages default to the three guide pages. */
    private Run run(Path docs, Map<String, String> settings, String... pages) throws IOException {
        return run(docs, settings, procedure -> true, pages);
    }

    /** The same, replaying only the procedures of the pages that the filter lets through. */
    private Run run(Path docs, Map<String, String> settings, Predicate<Procedure> replayed, String... pages)
            throws IOException {
        Path out = Files.createTempDirectory("guidecheck-out");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
        List<ProcedureResult> procedures = new ArrayList<>();
        List<Map.Entry<String, byte[]>> attachments = new ArrayList<>();
        List<TakenImage> images = new ArrayList<>();
        try (GuideRun run = new GuideRun(DocsTrees.settings(docs, out, settings, pages), print, TestBrowsers.shared())) {
            for (GuideRun.PageRun page : run.pages()) {
                for (Procedure procedure : page.guide().orElseThrow().procedures()) {
                    if (!replayed.test(procedure)) {
                        continue;
                    }
                    ReplayListener names = new ReplayListener() {
                        @Override
                        public void attachment(String name, String mimeType, String extension, byte[] content) {
                            attachments.add(Map.entry(name, content));
                        }

                        @Override
                        public void imageTaken(String name, byte[] actual, byte[] expected, byte[] diff, String note) {
                            images.add(new TakenImage(name, actual, expected, diff, note));
                            attachment(name, "image/png", "png", actual);
                        }
                    };
                    procedures.add(run.replay(page, procedure, ReplayListeners.of(
                            new ConsoleProgress(print, GuideRun.shortPage(page.path())), names)));
                }
                run.checkCredentials(page);
            }
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        return new Run(procedures, attachments, images, console.toString(StandardCharsets.UTF_8), report, out);
    }

    /** An image as the steps hand it to the report: the capture, and when it changed, the docs' image and the diff. */
    record TakenImage(String name, byte[] actual, byte[] expected, byte[] diff, String note) {
    }

    /** A file's bytes and modification time, for "nothing was touched". */
    record FileState(byte[] bytes, FileTime modified) {
        @Override
        public boolean equals(Object o) {
            return o instanceof FileState f && Arrays.equals(bytes, f.bytes) && modified.equals(f.modified);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + modified.hashCode();
        }

        @Override
        public String toString() {
            return bytes.length + " bytes, modified " + modified;
        }
    }

    static Map<String, FileState> snapshot(Path root) {
        Map<String, FileState> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new FileState(Files.readAllBytes(file),
                        Files.getLastModifiedTime(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Whether the credential's screen is the capture's: its value was read there, in the same step or before. */
    private static boolean shows(Capture capture, RecordedCredential credential) {
        return capture.masks().stream().anyMatch(m -> m.what().contains(credential.name()))
                || capture.image().path().endsWith(credential.name().equals("Encrypted Key") ? "encrypted-key.png" : "infusionsoft_creds.png");
    }

    private static int count(BufferedImage image, int argb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) == argb ? 1 : 0;
            }
        }
        return n;
    }

    /** Red boxes, counted by their top-left corners: a red pixel with none to its left or above. */
    private static int boxesIn(BufferedImage image) {
        int red = Highlights.COLOUR.getRGB();
        int corners = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == red && (x == 0 || image.getRGB(x - 1, y) != red)
                        && (y == 0 || image.getRGB(x, y - 1) != red)) {
                    corners++;
                }
            }
        }
        return corners;
    }

    /** Pixels dark enough to be a glyph; the red of a box is not one. */
    private static int ink(BufferedImage image, Rectangle box) {
        int red = Highlights.COLOUR.getRGB();
        int ink = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                ink += luminance < 128 && rgb != red ? 1 : 0;
            }
        }
        return ink;
    }
}
