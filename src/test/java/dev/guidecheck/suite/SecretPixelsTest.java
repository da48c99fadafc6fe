package dev.guidecheck.suite;

import dev.guidecheck.browser.BrowserSession;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.evidence.Png;
import dev.guidecheck.evidence.Screenshots;
import dev.guidecheck.evidence.ShotSpec;
import dev.guidecheck.pages.ApiSection;
import dev.guidecheck.pages.ApplicationSettingsPage;
import dev.guidecheck.pages.MyApiKeysPage;
import dev.guidecheck.pages.PortalSignInPage;
import dev.guidecheck.pages.SignInPage;
import dev.guidecheck.replica.DeveloperApplication;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.Site;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks at every picture a run writes as a reader would, with OCR, on the faithful replica and every drift and
 * fault profile: the screenshots, their diffs, the failure screenshots and every other Allure attachment. No
 * seeded secret may be legible in any of them, whole or in part. And the same reading does find a secret in a
 * picture taken without masks, so a pass means the masks held, not that the OCR saw nothing.
 */
public class SecretPixelsTest {

    @BeforeClass
    public void needsTesseract() {
        Ocr.requireTesseract();
    }

    @Test
    public void noSecretIsLegibleInAnyPictureAnyProfileWrote() {
        Map<String, String> secrets = seededSecrets();
        Map<Path, String> hashByFile = new LinkedHashMap<>();
        List<byte[]> pngs = new ArrayList<>();
        for (ProfileRuns.Run run : ProfileRuns.all()) {
            for (Path png : run.pngs()) {
                byte[] bytes = bytes(png);
                hashByFile.put(png, Ocr.hash(bytes));
                pngs.add(bytes);
            }
        }
        long start = System.nanoTime();
        Map<String, String> textByHash = Ocr.read(pngs);
        System.out.printf("SecretPixelsTest: OCR of %d pictures (%d distinct) took %d s%n", pngs.size(),
                textByHash.size(), (System.nanoTime() - start) / 1_000_000_000L);

        // Each distinct picture's text is searched once: most pictures are the same bytes in several runs.
        Map<String, List<String>> legibleByHash = new LinkedHashMap<>();
        textByHash.forEach((hash, text) -> legibleByHash.put(hash, Ocr.legible(text, secrets)));
        List<String> legible = new ArrayList<>();
        hashByFile.forEach((file, hash) -> legibleByHash.get(hash).forEach(secret -> legible.add(file + ": " + secret)));
        assertThat(secrets).as("secrets looked for").hasSizeGreaterThanOrEqualTo(8);
        assertThat(hashByFile.keySet()).as("failure screenshots read")
                .anyMatch(f -> f.startsWith(ProfileRuns.ROOT.resolve("portal-tabs-renamed")));
        assertThat(textByHash).as("distinct pictures read").hasSizeGreaterThan(20);
        assertThat(legible).isEmpty();
    }

    @Test
    public void theSameReadingFindsTheSecretsInAnUnmaskedPictureOfMyApiKeysAndOfTheApiSection() {
        Replica replica = Replica.shared();
        replica.reset();
        DeveloperApplication app = replica.state().applications().get(0);
        String key = replica.state().encryptedKey();
        BrowserSession browser = TestBrowsers.shared().session();
        browser.reset();
        WebDriver driver = browser.driver();
        driver.get(replica.whereIs(Site.DEVELOPER_PORTAL, "/apps/mykeys").toString());
        MyApiKeysPage keys = (MyApiKeysPage) new PortalSignInPage(driver).signIn(replica.account(Site.DEVELOPER_PORTAL));
        String myApiKeys = Ocr.read(unmasked(driver, keys.capture().region()));

        driver.get(replica.whereIs(Site.INFUSIONSOFT, "/app/settings/application").toString());
        new SignInPage(driver).signIn(replica.account(Site.INFUSIONSOFT));
        ApiSection api = new ApplicationSettingsPage(driver).section("API");
        String apiSection = Ocr.read(unmasked(driver, List.of(api.captureRegion())));

        assertThat(Ocr.legible(myApiKeys, Map.of(app.clientId(), "client_id", app.clientSecret(), "client_secret")))
                .hasSize(2);
        assertThat(Ocr.legible(apiSection, Map.of(key, "Encrypted Key"))).hasSize(1);
    }

    @Test
    public void lookAlikeGlyphsAnyEightCharactersOfAGeneratedSecretAndOneMisreadCharacterCount() {
        Map<String, String> secrets = Map.of("8Pq5pIubj5", "client_secret", "Replica-Portal-2017!", "password");

        assertThat(Ocr.legible("client_secret 8PqSplubjS", secrets)).containsExactly("client_secret … whole");
        assertThat(Ocr.legible("client_secret 8Pq5Splubj5", secrets)).as("a character added")
                .containsExactly("client_secret … whole");
        assertThat(Ocr.legible("client_secret xxq5p|ubj5", secrets)).containsExactly("client_secret … in part");
        assertThat(Ocr.legible("client_secret 8Pq", secrets)).isEmpty();
        assertThat(Ocr.legible("Infusionsoft Developer Portal 2017", secrets)).as("a password's words").isEmpty();
        assertThat(Ocr.legible("Replica-Portal-2O17!", secrets)).containsExactly("password Rep… whole");
        assertThat(Ocr.nearestDistance("abcdefgh", "xxabcdXfghxx")).isEqualTo(1);
        assertThat(Ocr.nearestDistance("abcdefgh", "xxabcdfghxx")).isEqualTo(1);
        assertThat(Ocr.nearestDistance("abcdefgh", "xxabcdefghxx")).isZero();
    }

    /** A picture of the region as the guide's images crop it, with nothing masked. */
    private static byte[] unmasked(WebDriver driver, List<By> region) {
        return Png.encode(Screenshots.capture(driver, new ShotSpec(region, List.of(), List.of(), List.of(), 8)).image());
    }

    /**
     * Every secret value any profile's replica held after any procedure (the seeded keys, the key a saved
     * passphrase issues, a new application's credentials, the passwords), and the passphrase the replay types.
     */
    static Map<String, String> seededSecrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (ProfileRuns.Run run : ProfileRuns.all()) {
            secrets.putAll(run.secrets());
        }
        secrets.putAll(new Replica().secretValues()); // the seeded state, whatever the runs did
        secrets.put(GuideRun.REPLICA_PASSPHRASE, "passphrase");
        return secrets;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
