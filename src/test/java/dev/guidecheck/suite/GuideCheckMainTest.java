package dev.guidecheck.suite;

import org.testng.annotations.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit status a scheduler acts on: 0 all true, 1 the docs are wrong, 2 the run broke, 3 bad
 * settings. Each case runs the real main job in its own JVM, as a scheduler would.
 */
public class GuideCheckMainTest {

    private static final String REST = "docs/elements/infusionsoft-rest/setup.md";

    @Test
    public void aGuideThatHoldsExitsZero() throws Exception {
        Exit exit = main("-Dguidecheck.pages=" + REST);
        assertThat(exit.status).as(exit.output).isEqualTo(0);
        assertThat(exit.output).contains("outcome: passed (exit status 0)");
    }

    @Test
    public void aGuideTheProductNoLongerMatchesExitsOne() throws Exception {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, REST, 40, "**Applications**", "**Integrations**");
        Exit exit = main("-Dguidecheck.docs=" + docs, "-Dguidecheck.pages=" + REST);
        assertThat(exit.status).as(exit.output).isEqualTo(1);
        assertThat(exit.output).contains("outcome: guide-findings (exit status 1)");
    }

    @Test
    public void aBrowserThatCannotStartExitsTwo() throws Exception {
        Exit exit = main("-Dguidecheck.pages=" + REST, "-Dguidecheck.browser.binary=/bin/false");
        assertThat(exit.status).as(exit.output).isEqualTo(2);
        assertThat(exit.output).contains("[environment]");
    }

    @Test
    public void aBadSettingExitsThreeWithOneLineNamingIt() throws Exception {
        Exit exit = main("-Dguidecheck.target=staging");
        assertThat(exit.status).isEqualTo(3);
        assertThat(exit.output.strip()).isEqualTo("guidecheck: guidecheck.target: \"staging\" is not one of [replica, live]");
    }

    private record Exit(int status, String output) {
    }

    private static Exit main(String... properties) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("guidecheck-main");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dguidecheck.out=" + out);
        command.add("-Dallure.results.directory=" + out.resolve("allure-results"));
        command.addAll(List.of(properties));
        command.add(GuideCheckMain.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve("console.txt").toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the main job did not end within 3 minutes");
        }
        return new Exit(process.exitValue(), Files.readString(out.resolve("console.txt"), StandardCharsets.UTF_8));
    }
}
