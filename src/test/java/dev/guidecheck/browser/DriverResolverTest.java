package dev.guidecheck.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.testng.annotations.Test;

public class DriverResolverTest {

    private static final Path EXPLICIT_DRIVER = Path.of("/opt/drivers/chromedriver");
    private static final Path USR_LOCAL_BIN = Path.of("/usr/local/bin");
    private static final Path BIN = Path.of("/bin");

    /** A machine on which exactly the given files are executable. */
    private static DriverResolver machineWith(Set<Path> executables, DriverDownloader downloader) {
        return new DriverResolver(List.of(USR_LOCAL_BIN, BIN), executables::contains, downloader);
    }

    @Test
    public void anExplicitDriverPathWinsOverTheSystemDriver() {
        DriverResolver resolver = machineWith(Set.of(EXPLICIT_DRIVER, DriverResolver.SYSTEM_DRIVER), DriverDownloader.NONE);

        assertThat(resolver.driver(EXPLICIT_DRIVER, null)).isEqualTo(EXPLICIT_DRIVER);
    }

    @Test
    public void aMissingExplicitDriverPathNamesTheSettingAndIsNotReplacedByAnother() {
        DriverResolver resolver = machineWith(Set.of(DriverResolver.SYSTEM_DRIVER), DriverDownloader.NONE);

        assertThatThrownBy(() -> resolver.driver(EXPLICIT_DRIVER, null))
                .isInstanceOf(BrowserSetupException.class)
                .hasMessageContaining("guidecheck.driver")
                .hasMessageContaining(EXPLICIT_DRIVER.toString());
    }

    @Test
    public void aMissingExplicitBrowserPathNamesTheSetting() {
        DriverResolver resolver = machineWith(Set.of(DriverResolver.SYSTEM_BROWSER), DriverDownloader.NONE);

        assertThatThrownBy(() -> resolver.browserBinary(Path.of("/nowhere/chrome")))
                .isInstanceOf(BrowserSetupException.class)
                .hasMessageContaining("guidecheck.browser.binary")
                .hasMessageContaining("/nowhere/chrome");
    }

    @Test
    public void theSystemChromedriverIsFoundOnThisMachine() {
        DriverResolver resolver = new DriverResolver(DriverResolver.pathDirectories(System.getenv("PATH")),
                path -> path.toFile().isFile() && path.toFile().canExecute(), DriverDownloader.NONE);

        assertThat(resolver.driver(null, null)).isEqualTo(Path.of("/usr/bin/chromedriver"));
        assertThat(resolver.browserBinary(null)).isEqualTo(Path.of("/usr/bin/chromium"));
    }

    @Test
    public void aDriverOnPathIsUsedWhenThereIsNoSystemDriver() {
        Path onPath = BIN.resolve("chromedriver");
        DriverResolver resolver = machineWith(Set.of(onPath, USR_LOCAL_BIN.resolve("google-chrome")), DriverDownloader.NONE);

        assertThat(resolver.driver(null, null)).isEqualTo(onPath);
        assertThat(resolver.browserBinary(null)).isEqualTo(USR_LOCAL_BIN.resolve("google-chrome"));
    }

    @Test
    public void theBrowserNamesOnPathAreTriedInOrder() {
        DriverResolver resolver = machineWith(
                Set.of(USR_LOCAL_BIN.resolve("google-chrome"), BIN.resolve("chromium-browser")), DriverDownloader.NONE);

        assertThat(resolver.browserBinary(null)).isEqualTo(BIN.resolve("chromium-browser"));
    }

    @Test
    public void theDownloaderIsTheLastResortForTheDriver() {
        Path downloaded = Path.of("/root/.cache/selenium/chromedriver/linux64/156/chromedriver");
        AtomicInteger asked = new AtomicInteger();
        DriverResolver resolver = machineWith(Set.of(downloaded), browser -> {
            asked.incrementAndGet();
            return downloaded;
        });

        assertThat(resolver.driver(null, DriverResolver.SYSTEM_BROWSER)).isEqualTo(downloaded);
        assertThat(asked).hasValue(1);
    }

    @Test
    public void theDownloaderIsNotAskedWhenASystemDriverExists() {
        DriverResolver resolver = machineWith(Set.of(DriverResolver.SYSTEM_DRIVER), browser -> {
            throw new AssertionError("the downloader must not be asked");
        });

        assertThat(resolver.driver(null, null)).isEqualTo(DriverResolver.SYSTEM_DRIVER);
    }

    @Test
    public void withNothingInstalledItFailsAtOnceSayingWhatToInstall() {
        DriverResolver resolver = machineWith(Set.of(), browser -> {
            throw new IOException("WebDriverManager found no driver: offline");
        });
        long start = System.nanoTime();

        assertThatThrownBy(() -> resolver.driver(null, null))
                .isInstanceOf(BrowserSetupException.class)
                .hasMessageContaining("apt-get install -y chromium chromium-driver")
                .hasMessageContaining("-Dguidecheck.driver=")
                .hasMessageContaining("offline")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> resolver.browserBinary(null))
                .isInstanceOf(BrowserSetupException.class)
                .hasMessageContaining("apt-get install -y chromium chromium-driver")
                .hasMessageContaining("-Dguidecheck.browser.binary=")
                .hasMessageNotContaining("\n");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    public void pathEntriesThatAreEmptyAreSkipped() {
        assertThat(DriverResolver.pathDirectories("/usr/bin::/bin:")).containsExactly(Path.of("/usr/bin"), BIN);
        assertThat(DriverResolver.pathDirectories(null)).isEmpty();
    }

    @Test
    public void aDownloadThatHangsIsAbandonedAtTheDeadline() {
        Duration deadline = Duration.ofMillis(300);
        CountDownLatch never = new CountDownLatch(1);
        DriverDownloader hanging = new WebDriverManagerDownloader(deadline, browser -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return browser;
        });
        long start = System.nanoTime();

        assertThatThrownBy(() -> hanging.chromedriver(DriverResolver.SYSTEM_BROWSER))
                .isInstanceOf(IOException.class)
                .hasMessage("WebDriverManager found no driver within 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    public void aDownloadFailureKeepsItsReasonOnOneLine() {
        DriverDownloader failing = new WebDriverManagerDownloader(Duration.ofSeconds(5), browser -> {
            throw new IllegalStateException("no network\nsecond line");
        });

        assertThatThrownBy(() -> failing.chromedriver(null))
                .isInstanceOf(IOException.class)
                .hasMessage("WebDriverManager found no driver: no network");
    }
}
