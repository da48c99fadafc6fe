package dev.guidecheck.suite;

import dev.guidecheck.Settings;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.replica.DeveloperApplication;
import dev.guidecheck.replica.Replica;
import dev.guidecheck.replica.SeededAccounts;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.RecordedCredential;
import dev.guidecheck.steps.ReplayListener;
import org.testng.annotations.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the whole suite, and after a run that fails on the page that shows the client_secret (so its
 * failure evidence, a screenshot and the page source, is attached), no file under target/ holds a
 * replica password or a full credential value.
 */
public class SecretScanTest {

    private static final Path TARGET = Path.of("target");
    /** The program itself, not what it wrote: compiled classes hold the replica's seeded passwords. */
    private static final Set<String> NOT_OUTPUT = Set.of("classes", "test-classes", "grid-lib", "maven-status",
            "generated-sources", "generated-test-sources", "maven-archiver", "test-docs");

    @Test
    public void noFileUnderTargetHoldsAPasswordOrAFullCredentialValue() throws Exception {
        runTheMainJobWithAFailureOnMyApiKeys();
        Set<String> secrets = secretsOfTheReplicaRun();

        List<String> hits = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(TARGET)) {
            for (Path file : files.filter(Files::isRegularFile).filter(SecretScanTest::isOutput).toList()) {
                scanned++;
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    if (text.contains(secret)) {
                        hits.add(file + " holds " + secret.substring(0, 3) + "…");
                    }
                }
            }
        }
        assertThat(scanned).as("files scanned").isGreaterThan(20);
        assertThat(hits).isEmpty();
    }

    private static boolean isOutput(Path file) {
        Path relative = TARGET.relativize(file);
        return !NOT_OUTPUT.contains(relative.getName(0).toString()) && !file.toString().endsWith(".jar");
    }

    /** The main job in its own JVM, as CI runs it, with the REST page's tab renamed so a step fails on My API Keys. */
    private static void runTheMainJobWithAFailureOnMyApiKeys() throws IOException, InterruptedException {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, "docs/elements/infusionsoft-rest/setup.md", 40, "**Applications**", "**Integrations**");
        Path scan = TARGET.resolve("secret-scan");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dguidecheck.docs=" + docs, "-Dguidecheck.out=" + scan.resolve("guidecheck"),
                "-Dallure.results.directory=" + scan.resolve("allure-results"),
                "-Dguidecheck.pages=docs/elements/infusionsoft-rest/setup.md",
                GuideCheckMain.class.getName());
        Files.createDirectories(scan);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(scan.resolve("console.txt").toFile()).start();
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the main job did not end within 4 minutes");
        }
        assertThat(process.exitValue()).as("a run with one finding").isEqualTo(1);
        try (Stream<Path> attachments = Files.list(scan.resolve("allure-results"))) {
            assertThat(attachments.map(Path::toString)).as("the failing step's page source is attached")
                    .anyMatch(name -> name.endsWith(".html"));
        }
    }

    /**
     * The replica is deterministic, so replaying the procedures that write here yields the very values
     * the main job's replica held: the seeded ones, the key a passphrase generates, and a new
     * application's credentials; plus every value a step recorded.
     */
    private static Set<String> secretsOfTheReplicaRun() throws IOException {
        Set<String> secrets = new LinkedHashSet<>(List.of(
                SeededAccounts.INFUSIONSOFT_USER.password(), SeededAccounts.DEVELOPER.password(), GuideRun.REPLICA_PASSPHRASE));
        Properties props = new Properties();
        props.setProperty("guidecheck.out", Files.createTempDirectory("guidecheck-scan").toString());
        props.setProperty("guidecheck.pages", "docs/elements/infusionsoft-crm/setup.md");
        props.setProperty("guidecheck.screenshots", "off");
        Replica replica = Replica.shared();
        try (GuideRun run = new GuideRun(Settings.from(props, Map.of()), new PrintStream(OutputStream.nullOutputStream()))) {
            GuideRun.PageRun page = run.pages().get(0);
            for (Procedure procedure : page.guide().orElseThrow().procedures()) {
                ProcedureResult result = run.replay(page, procedure, new ReplayListener() {
                });
                result.credentials().stream().map(RecordedCredential::value)
                        .filter(v -> !v.startsWith("http")).forEach(secrets::add);
                secrets.add(replica.state().encryptedKey());
                for (DeveloperApplication app : replica.state().applications()) {
                    secrets.add(app.clientId());
                    secrets.add(app.clientSecret());
                }
            }
        }
        return secrets;
    }
}
