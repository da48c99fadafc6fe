package dev.guidecheck.suite;

import dev.guidecheck.Settings;
import dev.guidecheck.browser.BrowserFactory;
import dev.guidecheck.browser.BrowserSettings;
import dev.guidecheck.browser.Browsers;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.replica.ReplicaProfiles;
import dev.guidecheck.report.ConsoleProgress;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.StepResult;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Explores findings (temporary). */
public class DriftProfilesTest {

    private Browsers browsers;

    @BeforeClass
    public void startBrowser() {
        Settings defaults = Settings.from(new Properties(), Map.of());
        browsers = new Browsers(BrowserFactory.of(new BrowserSettings(defaults.headless(),
                defaults.browserBinary().orElse(null), defaults.driver().orElse(null), null)));
    }

    @AfterClass(alwaysRun = true)
    public void closeBrowser() {
        if (browsers != null) {
            browsers.closeAll();
        }
    }

    @Test
    public void explore() {
        Path docs = DocsTrees.copyOfReference();
        for (String profile : ReplicaProfiles.names()) {
            long t = System.nanoTime();
            for (String f : check(profile, docs)) {
                System.err.println("FINDING " + profile + " | " + f);
            }
            System.err.println("TIME " + profile + " " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
    }

    private List<String> check(String profile, Path docs, String... pages) {
        Path out;
        try {
            out = Files.createTempDirectory("guidecheck-drift");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties props = new Properties();
        props.setProperty("guidecheck.docs", docs.toString());
        props.setProperty("guidecheck.out", out.toString());
        props.setProperty("guidecheck.replica.profile", profile);
        if (pages.length > 0) {
            props.setProperty("guidecheck.pages", String.join(",", pages));
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
        List<String> findings = new ArrayList<>();
        try (GuideRun run = new GuideRun(Settings.from(props, Map.of()), print, browsers)) {
            for (GuideRun.PageRun page : run.pages()) {
                for (Procedure procedure : page.guide().orElseThrow().procedures()) {
                    ProcedureResult result = run.replay(page, procedure, new ConsoleProgress(print, PageCheck.shortPage(page.path())));
                    result.failure().ifPresent(f -> findings.add(PageCheck.shortPage(page.path()) + " > " + procedure.title()
                            + " > " + f.step().position() + " > " + f.category().id() + " > " + f.message()));
                }
            }
        }
        System.err.println(console.toString(StandardCharsets.UTF_8));
        return findings;
    }
}
