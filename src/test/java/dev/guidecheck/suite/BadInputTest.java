package dev.guidecheck.suite;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way a user can get the input wrong: each is one line naming the file and line or the setting,
 * exit status 3, and nothing written.
 */
public class BadInputTest {


    /** A wrong input: how to make it from a copy of the reference docs tree, and the line it must give. */
    private record Case(String what, Function<Path, List<String>> setUp, String expected) {
        @Override
        public String toString() {
            return what;
        }
    }

    @DataProvider
    public Object[][] wrongInputs() {
        return new Object[][]{
                {new Case("missing docs root", docs -> List.of("-Dguidecheck.docs=" + docs.resolve("nowhere")),
                        "guidecheck: guidecheck.docs: {docs}/nowhere is not a directory")},
                {new Case("missing page", docs -> List.of("-Dguidecheck.pages=docs/elements/nope/setup.md"),
                        "guidecheck: docs/elements/nope/setup.md: no such page")},
                {new Case("page outside the docs root", docs -> List.of("-Dguidecheck.pages=../outside.md"),
                        "guidecheck: guidecheck.pages: ../outside.md is outside the docs root")},
                {new Case("folder named as a page", docs -> List.of("-Dguidecheck.pages=docs/elements"),
                        "guidecheck: docs/elements: is a directory, not a page")},
                {new Case("binary page", docs -> List.of("-Dguidecheck.pages=assets/img/elements/infusionsoft/admin-settings.png"),
                        "guidecheck: assets/img/elements/infusionsoft/admin-settings.png: is binary (it holds NUL bytes), not a Markdown page")},
                {new Case("empty page", docs -> {
                    DocsTrees.write(docs, "docs/elements/empty/setup.md", "");
                    return List.of("-Dguidecheck.pages=docs/elements/empty/setup.md");
                }, "guidecheck: docs/elements/empty/setup.md: is empty (guidecheck.pages)")},
                {new Case("malformed baseline", docs -> {
                    DocsTrees.write(docs, "guidecheck-baseline.txt", "# known\nlabel-not-found only two | parts\n");
                    return List.of();
                }, "guidecheck: {docs}/guidecheck-baseline.txt:2: a baseline line is")},
                {new Case("unknown target", docs -> List.of("-Dguidecheck.target=staging"),
                        "guidecheck: guidecheck.target: \"staging\" is not one of [replica, live]")},
                {new Case("unknown replica profile", docs -> List.of("-Dguidecheck.replica.profile=keap-2031"),
                        "guidecheck: guidecheck.replica.profile: \"keap-2031\" is not one of [")},
                {new Case("unknown screenshots mode", docs -> List.of("-Dguidecheck.screenshots=overwrite"),
                        "guidecheck: guidecheck.screenshots: \"overwrite\" is not one of [")},
                {new Case("unknown mode", docs -> List.of("-Dguidecheck.mode=fix"),
                        "guidecheck: guidecheck.mode: \"fix\" is not one of [check, lint]")},
                {new Case("malformed URL", docs -> List.of("-Dguidecheck.grid=127.0.0.1:4444"),
                        "guidecheck: guidecheck.grid: \"127.0.0.1:4444\" is not a URL")},
                {new Case("live mode without credentials", docs -> List.of("-Dguidecheck.target=live"),
                        "guidecheck: guidecheck.live.infusionsoft.user: live mode needs this setting")},
                {new Case("output directory that is not a writable directory", docs -> {
                    try {
                        Path file = Files.createTempFile("guidecheck-out", ".txt");
                        return List.of("-Dguidecheck.out=" + file);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }, "guidecheck: guidecheck.out: ")},
        };
    }

    @Test(dataProvider = "wrongInputs")
    public void aWrongInputIsOneLineExitThreeAndNothingWritten(Case wrong) throws Exception {
        Path docs = DocsTrees.copyOfReference();
        Path out = Files.createTempDirectory("guidecheck-bad").resolve("out");
        List<String> properties = new ArrayList<>();
        properties.add("-Dguidecheck.docs=" + docs);
        properties.add("-Dguidecheck.out=" + out);
        properties.addAll(wrong.setUp().apply(docs));

        Process process = new ProcessBuilder(MainJobProcess.command(properties)).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(wrong + ": the main job did not stop within 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(process.exitValue()).as(output).isEqualTo(3);
        assertThat(output.lines()).as(output).hasSize(1);
        assertThat(output).startsWith(wrong.expected().replace("{docs}", docs.toString()));
        assertThat(out).as("nothing written").doesNotExist();
        assertThat(docs.resolve("assets/img/elements/infusionsoft/admin-settings.png"))
                .hasSameBinaryContentAs(Path.of("src/test/resources/devportal/assets/img/elements/infusionsoft/admin-settings.png"));
    }

}
