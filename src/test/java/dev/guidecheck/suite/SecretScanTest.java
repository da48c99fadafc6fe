package dev.guidecheck.suite;

import org.testng.SkipException;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a run that fails on the page that shows the client_secret (so its failure evidence, a screenshot and
 * the page source, is attached), and after every replica profile's run ({@link ProfileRuns}), no file under
 * target/ holds a replica password or a full credential value; nor does the single-file Allure report built
 * from those runs, attachments it embeds (base64) decoded, whose pictures are also read with OCR.
 */
public class SecretScanTest {

    private static final Path TARGET = Path.of("target");
    private static final Path SCAN = TARGET.resolve("secret-scan");
    /**
     * The program itself, not what it wrote: compiled classes hold the replica's seeded passwords, and so does
     * the benchmark's copy of the Playwright peer (bench), a script that signs in to the replica as a reader would.
     * Nor the tests' scratch folders (test-tmp: the profiles of the browsers still running, whose cache holds the
     * pages they showed, and the tests' own copies of docs trees and outputs).
     */
    private static final Set<String> NOT_OUTPUT = Set.of("classes", "test-classes", "grid-lib", "maven-status",
            "generated-sources", "generated-test-sources", "maven-archiver", "test-docs", "allure-commandline", "bench",
            "test-tmp");
    /** One embedded file of a single-file Allure report: {@code d('data/attachments/x.png','iVBOR...')}. */
    private static final Pattern EMBEDDED = Pattern.compile("\\bd\\('([^']+)','([A-Za-z0-9+/=]*)'\\)");

    private Map<String, String> secrets;

    @BeforeClass
    public void runTheMainJobAndEveryProfile() throws IOException, InterruptedException {
        runTheMainJobWithAFailureOnMyApiKeys();
        secrets = SecretPixelsTest.seededSecrets();
    }

    /** After the HTML report is built, so it is scanned too. */
    @Test(priority = 1)
    public void noFileUnderTargetHoldsAPasswordOrAFullCredentialValue() throws Exception {
        List<String> hits = new ArrayList<>();
        int scanned = 0;
        for (Path file : outputFiles()) {
            scanned++;
            hits.addAll(secretsIn(file.toString(), Files.readAllBytes(file)));
        }
        assertThat(scanned).as("files scanned").isGreaterThan(20);
        assertThat(hits).isEmpty();
    }

    @Test
    public void theHtmlReportHoldsNoSecretInItsTextNorInAnyAttachmentItEmbeds() throws Exception {
        Path report = singleFileReport();
        String html = Files.readString(report, StandardCharsets.ISO_8859_1);
        List<String> hits = new ArrayList<>(secretsIn(report.toString(), html.getBytes(StandardCharsets.ISO_8859_1)));

        Map<String, byte[]> embedded = new LinkedHashMap<>();
        Matcher m = EMBEDDED.matcher(html);
        while (m.find()) {
            embedded.put(m.group(1), Base64.getDecoder().decode(m.group(2)));
        }
        List<byte[]> pngs = new ArrayList<>();
        embedded.forEach((name, bytes) -> {
            hits.addAll(secretsIn(report + " " + name, bytes));
            if (name.endsWith(".png")) {
                pngs.add(bytes);
            }
        });
        Ocr.requireTesseract();
        Map<String, String> textByHash = Ocr.read(pngs);
        embedded.forEach((name, bytes) -> {
            if (name.endsWith(".png")) {
                Ocr.legible(textByHash.get(Ocr.hash(bytes)), secrets).forEach(s -> hits.add(report + " " + name + ": " + s));
            }
        });

        assertThat(embedded.keySet()).as("embedded test cases and attachments")
                .anyMatch(n -> n.startsWith("data/test-cases/")).anyMatch(n -> n.endsWith(".html"));
        assertThat(pngs).as("embedded pictures").hasSizeGreaterThan(20);
        assertThat(embedded.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)))
                .as("the failure screenshots are embedded").anyMatch(json -> json.contains("\"failure screenshot\""));
        assertThat(hits).isEmpty();
    }

    /** Where a file holds a secret value, named and masked (never the value itself: this output is scanned too). */
    private List<String> secretsIn(String where, byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        List<String> hits = new ArrayList<>();
        secrets.forEach((value, what) -> {
            if (text.contains(value)) {
                hits.add(where + " holds the " + what + " " + dev.guidecheck.evidence.CredentialMask.mask(value));
            }
        });
        return hits;
    }

    /**
     * Every file the build and the runs wrote under target/. The folders that are not output are never entered:
     * a browser still running changes its profile in test-tmp while the walk goes on (a cache file deleted between
     * listing its folder and reading it failed this test once).
     */
    private static List<Path> outputFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> top = Files.list(TARGET)) {
            for (Path entry : top.filter(e -> !NOT_OUTPUT.contains(e.getFileName().toString())).sorted().toList()) {
                try (Stream<Path> below = Files.walk(entry)) {
                    below.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".jar")).forEach(files::add);
                }
            }
        }
        return files;
    }

    /** The main job in its own JVM, as CI runs it, with the REST page's tab renamed so a step fails on My API Keys. */
    private static void runTheMainJobWithAFailureOnMyApiKeys() throws IOException, InterruptedException {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.edit(docs, "docs/elements/infusionsoft-rest/setup.md", 40, "**Applications**", "**Integrations**");
        List<String> command = MainJobProcess.command(List.of(
                "-Dguidecheck.docs=" + docs, "-Dguidecheck.out=" + SCAN.resolve("guidecheck"),
                "-Dallure.results.directory=" + SCAN.resolve("allure-results"),
                "-Dguidecheck.pages=docs/elements/infusionsoft-rest/setup.md"));
        Files.createDirectories(SCAN);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(SCAN.resolve("console.txt").toFile()).start();
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the main job did not end within 4 minutes");
        }
        assertThat(process.exitValue()).as("a run with one finding").isEqualTo(1);
        try (Stream<Path> attachments = Files.list(SCAN.resolve("allure-results"))) {
            assertThat(attachments.map(Path::toString)).as("the failing step's page source is attached")
                    .anyMatch(name -> name.endsWith(".html"));
        }
    }

    /**
     * The single-file report (as {@code mvn allure:report} builds it) of the main job's run above and every
     * profile's run, built with the Allure commandline the pom's allure-maven uses.
     */
    private static Path singleFileReport() throws IOException, InterruptedException {
        Path out = SCAN.resolve("allure-report");
        List<String> command = new ArrayList<>(List.of(allureCommandline().toString(), "generate", "--single-file",
                "--clean", "-o", out.toString(), SCAN.resolve("allure-results").toString()));
        for (ProfileRuns.Run run : ProfileRuns.all()) {
            command.add(run.allureResults().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(SCAN.resolve("allure-report.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("allure generate did not end within 3 minutes");
        }
        assertThat(process.exitValue()).as("allure generate (see " + SCAN.resolve("allure-report.log") + ")").isZero();
        return out.resolve("index.html");
    }

    /**
     * The Allure commandline of pom.xml's reportVersion: unpacked by an earlier {@code mvn allure:report}
     * (.allure/), or unpacked here from the local Maven repository, fetched there first when missing.
     */
    private static Path allureCommandline() throws IOException, InterruptedException {
        Matcher version = Pattern.compile("<reportVersion>([^<]+)</reportVersion>").matcher(Files.readString(Path.of("pom.xml")));
        if (!version.find()) {
            throw new AssertionError("pom.xml names no Allure reportVersion");
        }
        String v = version.group(1);
        Path unpacked = Path.of(".allure", "allure-" + v, "bin", "allure");
        if (Files.isExecutable(unpacked)) {
            return unpacked;
        }
        Path mine = TARGET.resolve("allure-commandline").resolve("allure-" + v).resolve("bin").resolve("allure");
        if (Files.isExecutable(mine)) {
            return mine;
        }
        Path zip = Path.of(System.getProperty("user.home"), ".m2", "repository", "io", "qameta", "allure",
                "allure-commandline", v, "allure-commandline-" + v + ".zip");
        if (!Files.isRegularFile(zip)) {
            Process fetch = new ProcessBuilder("mvn", "-B", "-q", "dependency:get",
                    "-Dartifact=io.qameta.allure:allure-commandline:" + v + ":zip").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!fetch.waitFor(5, TimeUnit.MINUTES) || fetch.exitValue() != 0 || !Files.isRegularFile(zip)) {
                fetch.destroyForcibly();
                throw new SkipException("cannot build the HTML report: the Allure commandline " + v + " is neither in "
                        + zip + " nor could Maven fetch it (offline?); run mvn allure:report once online");
            }
        }
        unzip(zip, TARGET.resolve("allure-commandline"));
        Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rwxr-xr-x"));
        return mine;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("a zip entry leads outside " + into + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
