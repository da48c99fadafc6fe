package dev.guidecheck.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSession;
import dev.guidecheck.browser.BrowserSettings;
import dev.guidecheck.browser.LocalSite;
import dev.guidecheck.browser.TestBrowsers;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

public class ScreenshotsDeterminismTest {

    /**
     * Everything that could make two captures differ: text, a focused input (caret), a transition started
     * on load, a link styled when hovered, and a region far enough down that it must be scrolled to.
     */
    private static final String PAGE = "<style>"
            + "body { margin: 0; font: 16px sans-serif; }"
            + "#corner { width: 50px; height: 30px; background: #36c; }"
            + "#spacer { height: 1500px; }"
            + "#region { margin: 40px; width: 400px; height: 120px; border: 1px solid #888;"
            + " background: #fff; transition: background-color 5s linear; }"
            + "#region.hot { background: #c00; }"
            + "#tall { margin: 0 20px; width: 300px; height: 1200px; background: linear-gradient(#00f, #0f0); }"
            + "#footer { height: 100px; }"
            + "a { color: #00c; text-decoration: none; } a:hover { text-decoration: underline; }"
            + "</style>"
            + "<div id='corner'></div><div id='spacer'></div>"
            + "<div id='region'><p>Application Settings <a id='api' href='#api'>API</a></p><input id='name' value='Ada Lovelace'></div>"
            + "<div id='tall'></div><div id='footer'></div>"
            + "<script>requestAnimationFrame(() => document.getElementById('region').classList.add('hot'));</script>";

    /** A page a script keeps changing: a counter rewritten every 20 ms. */
    private static final String TICKING = "<p id='clock'>0</p>"
            + "<script>let n = 0; setInterval(() => { document.getElementById('clock').textContent = ++n; }, 20);</script>";

    /** A page a script keeps rewriting with the same words: it changes, and its pixels do not. */
    private static final String RESTLESS = "<p id='words'>Same words</p>"
            + "<script>setInterval(() => { document.getElementById('words').textContent = 'Same words'; }, 10);</script>";

    private static final int PADDING = 10;

    private LocalSite site;
    private BrowserSession session;

    @BeforeClass
    public void start() throws Exception {
        site = LocalSite.serving(Map.of("/page", PAGE, "/ticking", TICKING, "/restless", RESTLESS));
        session = TestBrowsers.session();
    }

    @AfterClass(alwaysRun = true)
    public void stop() {
        site.close();
    }

    private WebDriver loaded(BrowserSession browser) {
        WebDriver driver = browser.driver();
        driver.get(site.whereIs("/page").toString());
        // Focus puts a caret in the input: a blinking one would differ between captures.
        driver.findElement(By.id("name")).click();
        return driver;
    }

    /**
     * The other session runs Chromium's usual processes (guidecheck.browser.processes=many), the shared one a
     * single process (the default): the setting changes what a run costs, never what its pictures hold.
     */
    @Test
    public void aRegionAndARegionTallerThanTheViewportGiveTheSameBytesInAnotherSessionRunAsManyProcesses() {
        WebDriver driver = loaded(session);
        List<String> first = List.of(sha256(capture(driver, By.id("region"), PADDING)),
                sha256(capture(driver, By.id("tall"), PADDING)));
        assertThat(renderers(session)).as("renderer processes of the one-process browser").isZero();
        List<String> second;
        try (BrowserSession other = BrowserFactory.of(new BrowserSettings(true, false, null, null, null)).open()) {
            WebDriver otherDriver = loaded(other);
            assertThat(renderers(other)).as("renderer processes of the many-process browser").isPositive();
            second = List.of(sha256(capture(otherDriver, By.id("region"), PADDING)),
                    sha256(capture(otherDriver, By.id("tall"), PADDING)));
        }

        assertThat(second).isEqualTo(first);
    }

    /**
     * Chromium's renderer processes of the session's browser, told apart from others by its profile folder. Read
     * from /proc: Chromium rewrites its processes' titles, which ProcessHandle then does not report.
     */
    private static long renderers(BrowserSession browser) {
        String profile = "--user-data-dir=" + browser.profileDir().orElseThrow().toAbsolutePath();
        return ProcessHandle.allProcesses().map(p -> {
            try {
                return Files.readString(Path.of("/proc", String.valueOf(p.pid()), "cmdline"), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                return ""; // ended meanwhile
            }
        }).filter(c -> c.contains("--type=renderer") && c.contains(profile)).count();
    }

    @Test
    public void whereTheLastClickLeftThePointerDoesNotShow() {
        WebDriver driver = loaded(session);
        byte[] pointerOnTheInput = capture(driver, By.id("region"), PADDING);

        new Actions(driver).moveToElement(driver.findElement(By.id("api"))).perform();
        byte[] pointerOnTheLink = capture(driver, By.id("region"), PADDING);

        assertThat(pointerOnTheLink).isEqualTo(pointerOnTheInput);
    }

    @Test
    public void theCropIsTheElementRectPlusPadding() {
        WebDriver driver = loaded(session);

        BufferedImage image = Png.decode(capture(driver, By.id("region"), PADDING));

        List<?> size = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "const r = document.getElementById('region').getBoundingClientRect(); return [r.width, r.height];");
        assertThat(image.getWidth()).isEqualTo(((Number) size.get(0)).intValue() + 2 * PADDING).isEqualTo(422);
        assertThat(image.getHeight()).isEqualTo(((Number) size.get(1)).intValue() + 2 * PADDING).isEqualTo(142);
        // The padding is page background; the region's border and its settled (not mid-transition) colour follow.
        assertThat(image.getRGB(2, 2)).isEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB(PADDING + 20, PADDING + 100)).isEqualTo(0xFFCC0000);
    }

    @Test
    public void paddingIsClampedToThePage() {
        BufferedImage image = Png.decode(capture(loaded(session), By.id("corner"), PADDING));

        assertThat(image.getWidth()).isEqualTo(50 + PADDING);
        assertThat(image.getHeight()).isEqualTo(30 + PADDING);
        assertThat(image.getRGB(0, 0)).isEqualTo(0xFF3366CC);
    }

    @Test
    public void aRegionTallerThanTheViewportIsCapturedWholeAndTheViewportStaysPinned() {
        WebDriver driver = loaded(session);

        BufferedImage image = Png.decode(capture(driver, By.id("tall"), PADDING));

        assertThat(image.getWidth()).isEqualTo(300 + 2 * PADDING);
        assertThat(image.getHeight()).isEqualTo(1200 + 2 * PADDING);
        assertThat(image.getRGB(PADDING + 150, PADDING + 2) & 0xFF).as("blue at the top").isGreaterThan(0xF0);
        assertThat((image.getRGB(PADDING + 150, PADDING + 1197) >> 8) & 0xFF).as("green at the bottom")
                .isGreaterThan(0xF0);
        assertThat(((JavascriptExecutor) driver).executeScript("return [innerWidth, innerHeight]"))
                .isEqualTo(List.of(1280L, 800L));
    }

    @Test
    public void theWholePageCoversTheWholeDocument() {
        WebDriver driver = loaded(session);

        BufferedImage image = Screenshots.capture(driver, ShotSpec.wholePage(List.of(), List.of())).image();

        long height = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo((int) height);
    }

    @Test
    public void aPageAScriptKeepsChangingIsNeverKeptFromOneCapture() {
        WebDriver driver = session.driver();
        driver.get(site.whereIs("/ticking").toString());

        // A capture is kept only when the next one repeats it; this page changes between any two.
        assertThatThrownBy(() -> Screenshots.capture(driver, ShotSpec.of(By.id("clock"), PADDING)))
                .isInstanceOf(UnstableScreenException.class)
                .hasMessageContaining("the screen changed between each of " + Screenshots.MAX_CAPTURES_UNTIL_STABLE);
    }

    @Test
    public void aPageThatHeldStillIsCapturedOnce() {
        Shot shot = Screenshots.capture(loaded(session), ShotSpec.of(By.id("region"), PADDING));

        assertThat(shot.captures()).isEqualTo(1);
    }

    @Test
    public void aPageAScriptChangedWhileItWasCapturedIsCapturedUntilTwoCapturesAgree() {
        WebDriver driver = session.driver();
        driver.get(site.whereIs("/restless").toString());

        Shot shot = Screenshots.capture(driver, ShotSpec.of(By.id("words"), PADDING));

        // The document changed during the first capture, so it alone proves nothing; its pixels did not.
        assertThat(shot.captures()).isEqualTo(2);
    }

    @Test
    public void encodingTheSamePixelsTwiceGivesTheSameBytes() {
        byte[] png = capture(loaded(session), By.id("region"), PADDING);

        assertThat(Png.encode(Png.decode(png))).isEqualTo(png);
    }

    /** A PNG of the first element {@code region} finds, with padding, nothing masked or boxed. */
    private static byte[] capture(WebDriver driver, By region, int padding) {
        return Png.encode(Screenshots.capture(driver, ShotSpec.of(region, padding)).image());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
