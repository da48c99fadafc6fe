package dev.guidecheck.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidecheck.browser.BrowserSession;
import dev.guidecheck.browser.LocalSite;
import dev.guidecheck.browser.TestBrowsers;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** Screenshots a docs writer can commit: cropped to a region of several elements, boxed, secrets masked and checked. */
public class PublishedScreenshotsTest {

    private static final String CLIENT_ID = "7d7yz7lzjju6what0f23nz7g";
    private static final String KEY = "47d9d59aa25f7e4fc00f73331071edb4";
    private static final String PASSWORD = "hunter2hunter2";
    /** A 10-character client_secret: too short to show any character of it. */
    private static final String SHORT_SECRET = "8Pq5plubj5";
    private static final String PAGE = "<style>"
            + "body { margin: 0; font: 16px sans-serif; color: #222; }"
            + "#title { margin: 20px 30px; }"
            + "#notice { margin: 30px; height: 60px; background: #dff0d8; }"
            + "#panel { margin: 30px; width: 560px; padding: 10px; border: 1px solid #888; }"
            + ".row { height: 28px; }"
            + "#covered-wrap { position: relative; } #cover { position: absolute; inset: 0; background: #fff; }"
            + "</style>"
            + "<h1 id='title'>My API Keys</h1>"
            + "<div id='notice'>Your application has been registered.</div>"
            + "<div id='panel'>"
            + "<div class='row' id='id-row'>client_id <span id='client-id'>" + CLIENT_ID + "</span></div>"
            + "<div class='row' id='key-row'>Encrypted Key: <span id='key'>" + KEY + "</span></div>"
            + "<div class='row'>Copy: <input id='copy' size='40' value='" + KEY + "'></div>"
            + "<div class='row'>client_secret <span id='client-secret'>" + SHORT_SECRET + "</span></div>"
            + "<div class='row'>Split: <span id='split'><b>split-</b>across-two-nodes</span></div>"
            + "<div class='row'>Password: <input id='pw' type='password' value='" + PASSWORD + "'></div>"
            + "<div class='row' id='covered-wrap'>Hidden: <span id='covered'>coveredsecretvalue</span><div id='cover'></div></div>"
            + "</div>";
    private static final int RED = Highlights.COLOUR.getRGB();

    private LocalSite site;
    private BrowserSession session;
    private WebDriver driver;

    @BeforeClass
    public void start() throws Exception {
        site = LocalSite.serving(Map.of("/keys", PAGE));
        session = TestBrowsers.session();
        driver = session.driver();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        site.close();
    }

    @BeforeMethod
    public void load() {
        driver.get(site.whereIs("/keys").toString());
    }

    private static ShotSpec spec(List<By> secretElements, List<ShotSpec.Secret> secrets) {
        return new ShotSpec(List.of(By.id("title"), By.id("panel")), List.of(By.id("id-row")), secretElements,
                secrets, 8);
    }

    private static final List<ShotSpec.Secret> SECRETS = List.of(
            new ShotSpec.Secret("Encrypted Key", KEY), new ShotSpec.Secret("password", PASSWORD));

    @Test
    public void whereASecretWasLegibleTheMaskedPictureHasNoInkAndTheFirstThreeCharactersStay() {
        Shot plain = Screenshots.capture(driver, spec(List.of(), List.of()));
        Shot shot = Screenshots.capture(driver, spec(List.of(By.id("client-id")), SECRETS));

        assertThat(shot.redactions()).extracting(Shot.Redaction::what)
                .containsExactlyInAnyOrder("a secret field", "Encrypted Key", "Encrypted Key");
        for (Shot.Redaction mask : shot.redactions()) {
            // The same box held ink (the value, legible) before masking; none of it is left.
            assertThat(inkIn(plain.image(), mask.box())).as("ink before masking " + mask).isGreaterThan(20);
            if (!mask.box().equals(inputBox(shot))) {
                assertThat(inkIn(shot.image(), mask.box())).as("ink after masking " + mask).isZero();
            }
            // Left of the mask, on its row: the first three characters, still legible.
            Rectangle shown = new Rectangle(mask.box().x - 30, mask.box().y, 30, mask.box().height);
            assertThat(inkIn(shot.image(), shown)).as("first characters of " + mask).isGreaterThan(10);
        }
    }

    @Test
    public void aValueShorterThanTwelveCharactersIsMaskedWholeInThePixels() {
        double width = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('client-secret').getBoundingClientRect().width")).doubleValue();
        Shot plain = Screenshots.capture(driver, spec(List.of(), List.of()));
        for (Shot shot : List.of(
                Screenshots.capture(driver, spec(List.of(), List.of(new ShotSpec.Secret("client_secret", SHORT_SECRET)))),
                Screenshots.capture(driver, spec(List.of(By.id("client-secret")), List.of())))) {
            assertThat(shot.redactions()).hasSize(1);
            Rectangle box = shot.redactions().get(0).box();
            assertThat(inkIn(plain.image(), box)).as("ink before masking").isGreaterThan(20);
            assertThat(inkIn(shot.image(), box)).as("ink after masking").isZero();
            assertThat((double) box.width).as("the bar covers the whole value").isGreaterThanOrEqualTo(Math.floor(width));
        }
    }

    @Test
    public void aPictureOfTheWholePageMasksEverySecretItIsGivenWhereverItIs() {
        List<ShotSpec.Secret> secrets = List.of(new ShotSpec.Secret("Encrypted Key", KEY),
                new ShotSpec.Secret("client_secret", SHORT_SECRET));
        Shot plain = Screenshots.capture(driver, ShotSpec.wholePage(List.of(), List.of()));
        Shot shot = Screenshots.capture(driver, ShotSpec.wholePage(List.of(By.id("client-id")), secrets));

        assertThat(shot.image().getWidth()).isEqualTo(plain.image().getWidth()).isEqualTo(1280);
        assertThat(shot.redactions()).extracting(Shot.Redaction::what)
                .containsExactlyInAnyOrder("a secret field", "Encrypted Key", "Encrypted Key", "client_secret");
        for (Shot.Redaction mask : shot.redactions()) {
            assertThat(inkIn(plain.image(), mask.box())).as("ink before masking " + mask).isGreaterThan(20);
            if (!mask.box().equals(inputBox(shot))) {
                assertThat(inkIn(shot.image(), mask.box())).as("ink after masking " + mask).isZero();
            }
        }
        Picture picture = Screenshots.picture(driver, ShotSpec.wholePage(List.of(By.id("client-id")), secrets),
                "failure screenshot", new SecretScrubber());
        assertThat(picture.withheld()).isEmpty();
        assertThat(Png.decode(picture.png()).getWidth()).isEqualTo(1280);
    }

    @Test
    public void aPictureWhoseMaskCannotBeSeenIsAPlaceholderThatSaysWhy() {
        Picture picture = Screenshots.picture(driver, ShotSpec.wholePage(List.of(By.id("covered")), List.of()),
                "failure screenshot", new SecretScrubber());

        assertThat(picture.withheld()).hasValueSatisfying(why -> assertThat(why).contains("does not show"));
        assertThat(Png.decode(picture.png()).getWidth()).isEqualTo(Placeholder.WIDTH);
    }

    @Test
    public void aPictureOfASecretNoMaskCanReachIsAPlaceholderNamingItButNotItsValue() {
        String split = "split-across-two-nodes";
        Picture picture = Screenshots.picture(driver, ShotSpec.wholePage(List.of(),
                List.of(new ShotSpec.Secret("client_secret", split))), "failure screenshot", new SecretScrubber());

        assertThat(picture.withheld()).hasValueSatisfying(why -> assertThat(why)
                .contains("client_secret is still legible").doesNotContain(split));
        assertThat(Png.decode(picture.png()).getWidth()).isEqualTo(Placeholder.WIDTH);
        assertThat(((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('[data-guidecheck-mask]').length"))
                .as("the page is put back").isEqualTo(0L);
    }

    @Test
    public void aMaskedFieldShowsItsFirstThreeCharactersThenDotsAndThePageIsPutBack() {
        Shot shot = Screenshots.capture(driver, spec(List.of(By.id("client-id")), SECRETS));

        assertThat(inputBox(shot)).isNotNull();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return document.getElementById('client-id').textContent")).isEqualTo(CLIENT_ID);
        assertThat(js.executeScript("return document.getElementById('key').textContent")).isEqualTo(KEY);
        assertThat(js.executeScript("return document.getElementById('copy').value")).isEqualTo(KEY);
        assertThat(js.executeScript("return document.getElementById('pw').value")).isEqualTo(PASSWORD);
        assertThat(js.executeScript("return document.querySelectorAll('[data-guidecheck-mask]').length")).isEqualTo(0L);
    }

    @Test
    public void theRegionIsItsElementsOnlyAndTheHighlightIsAThreePixelRedBox() {
        Shot shot = Screenshots.capture(driver, spec(List.of(), List.of()));
        BufferedImage image = shot.image();

        // The notice between the heading and the panel is cut out.
        assertThat(count(image, 0xFFDFF0D8)).isZero();
        assertThat((long) image.getHeight()).isLessThan(heightOfTitleThroughPanel());
        // One box, three pixels thick where it crosses the middle row of the picture's left side.
        int y = firstRowWith(image, RED) + 8;
        int x = 0;
        while (x < image.getWidth() && image.getRGB(x, y) != RED) {
            x++;
        }
        assertThat(image.getRGB(x, y)).isEqualTo(RED);
        assertThat(image.getRGB(x + 1, y)).isEqualTo(RED);
        assertThat(image.getRGB(x + 2, y)).isEqualTo(RED);
        assertThat(image.getRGB(x + 3, y)).isNotEqualTo(RED);
    }

    @Test
    public void aMaskThatCannotBeSeenIsRefusedAndThePageIsPutBack() {
        assertThatThrownBy(() -> Screenshots.capture(driver, spec(List.of(By.id("covered")), List.of())))
                .isInstanceOf(RedactionException.class)
                .hasMessageContaining("does not show in the screenshot");
        assertThat(((JavascriptExecutor) driver).executeScript("return document.getElementById('covered').textContent"))
                .isEqualTo("coveredsecretvalue");
    }

    @Test
    public void theSamePageGivesTheSameCompactBytesAndTheyDecodeToTheSamePixels() {
        Shot one = Screenshots.capture(driver, spec(List.of(By.id("client-id")), SECRETS));
        Shot two = Screenshots.capture(driver, spec(List.of(By.id("client-id")), SECRETS));

        byte[] compact = Png.encodeCompact(one.image());
        assertThat(Png.encodeCompact(two.image())).isEqualTo(compact);
        assertThat(compact.length).isLessThan(Png.encode(one.image()).length);
        BufferedImage back = Png.decode(compact);
        assertThat(Png.normalise(back).getRGB(0, 0, back.getWidth(), back.getHeight(), null, 0, back.getWidth()))
                .isEqualTo(one.image().getRGB(0, 0, back.getWidth(), back.getHeight(), null, 0, back.getWidth()));
    }

    private long heightOfTitleThroughPanel() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.round(document.getElementById('panel').getBoundingClientRect().bottom"
                        + " - document.getElementById('title').getBoundingClientRect().top)");
    }

    /** The masked input's box: its dots are ink of their own, so only the text masks are ink-free. */
    private static Rectangle inputBox(Shot shot) {
        return shot.redactions().stream().map(Shot.Redaction::box).filter(b -> b.height > 18).findFirst().orElse(null);
    }

    /** Pixels dark enough to be part of a glyph (the red of a box is not a glyph). */
    static int inkIn(BufferedImage image, Rectangle box) {
        int ink = 0;
        for (int y = Math.max(0, box.y); y < Math.min(image.getHeight(), box.y + box.height); y++) {
            for (int x = Math.max(0, box.x); x < Math.min(image.getWidth(), box.x + box.width); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 128 && rgb != RED) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private static int count(BufferedImage image, int argb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == argb) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int firstRowWith(BufferedImage image, int argb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == argb) {
                    return y;
                }
            }
        }
        throw new AssertionError("no pixel of colour " + Integer.toHexString(argb));
    }
}
