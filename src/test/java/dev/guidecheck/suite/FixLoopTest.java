package dev.guidecheck.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guidecheck.Settings;
import dev.guidecheck.browser.TestBrowsers;
import dev.guidecheck.guide.Procedure;
import dev.guidecheck.lint.LintFinding;
import dev.guidecheck.report.RunOutcome;
import dev.guidecheck.steps.ProcedureResult;
import dev.guidecheck.steps.ReplayListener;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop closed: each drift profile's fixes.patch (from its one run, {@link ProfileRuns}) applies with
 * {@code git apply} to an untouched copy of the docs tree, and the fixed guide, replayed against the same
 * profile, passes every procedure that failed (the others keep their words; only their numbers may change),
 * a shared include proven through one page that includes it, without screenshots: images are not the point.
 */
public class FixLoopTest {

    private static final String CRM = ProfileRuns.CRM;
    private static final String REST = ProfileRuns.REST;
    private static final String INCLUDE = "_includes/Elements/infusionsoft/setup.md";

    @DataProvider
    public Object[][] driftProfiles() {
        return new Object[][]{{"renamed-category"}, {"moved-api-section"}, {"secret-hidden"}, {"portal-tabs-renamed"}};
    }

    @Test(dataProvider = "driftProfiles")
    public void theFixedGuidePassesEveryProcedureOnTheProfileItDriftedFrom(String profile) {
        ProfileRuns.Run drifted = ProfileRuns.of(profile);
        Path patch = drifted.out().resolve("fixes.patch");
        Path docs = DocsTrees.copyOfReference();
        git(docs, "apply", "--check", patch.toAbsolutePath().toString());
        git(docs, "apply", patch.toAbsolutePath().toString());

        // The procedures that failed, each once per file it failed in: a shared include is proven through the
        // first page that includes it. The others were not touched but for their numbers.
        Map<String, List<String>> failed = new LinkedHashMap<>();
        java.util.Set<String> proven = new java.util.HashSet<>();
        for (ProfileRuns.Replayed r : drifted.procedures()) {
            r.result().failure().filter(f -> proven.add(f.step().source().file() + " > " + r.title()))
                    .ifPresent(f -> failed.computeIfAbsent(r.page(), p -> new ArrayList<>()).add(r.title()));
        }
        assertThat(failed).as("procedures that failed on %s", profile).isNotEmpty();
        Replay replay = replay(profile, docs, failed, "off");
        assertThat(replay.replayed).as("procedures replayed after the fixes").isEqualTo(proven.size());
        assertThat(replay.failures).as("findings left on %s after its fixes", profile).isEmpty();
        assertThat(replay.outcome).isEqualTo(RunOutcome.PASSED);
    }

    @Test
    public void onKeap2020TheCertainFixesAreMadeAndTheRestSayWhyNot() {
        Map<String, String> fixes = fixes(ProfileRuns.of("keap-2020"));
        String settings = "no fix: the browser shows another page (\"Settings\"): the check cannot tell whether"
                + " \"Application Settings\" was renamed or the guide is on the wrong page";
        String credential = "no fix: nothing to edit here: a step before it failed, and that step's fix is what gets it recorded";
        String show = "2. Click **Show**.\n3. Record the **{{page.apiKey}}** and **{{page.apiSecret}}**.";
        String showAfterRegistering = "5. Click **Show**.\n6. Record the **{{page.apiKey}}** and **{{page.apiSecret}}**.";
        for (String page : List.of(CRM)) {
            assertThat(fixes).containsEntry(page + " label-not-found " + INCLUDE + ":23", settings)
                    .containsEntry(page + " label-not-found " + INCLUDE + ":56", settings)
                    .containsEntry(page + " credential-missing " + INCLUDE + ":9", credential);
            assertThat(fixes.get(page + " credential-missing " + INCLUDE + ":30")).startsWith(show);
            assertThat(fixes.get(page + " credential-missing " + INCLUDE + ":48")).endsWith(showAfterRegistering);
        }
        assertThat(fixes.get(REST + " credential-missing " + REST + ":38")).startsWith(show);
        assertThat(fixes.get(REST + " credential-missing " + REST + ":53")).endsWith(showAfterRegistering);
        // The certain ones and the rest: 2 "Application Settings" steps refused, 4 hidden secrets fixed,
        // and the credentials the failed steps did not record say where their fix is.
        assertThat(fixes.values().stream().filter(f -> f.startsWith("no fix: the browser shows another page"))).hasSize(2);
        assertThat(fixes.values().stream().filter(f -> f.contains("Click **Show**."))).hasSize(4);
        assertThat(fixes.values().stream().filter(f -> f.equals(credential))).hasSize(5);
        // Every failing finding of the run is either fixed or says why not.
        assertThat(fixes).hasSize(2 + 4 + 5);
    }

    @Test
    public void aRemovedNavigationStepIsPutBackByApplyModeAndTheNextRunPasses() throws IOException {
        Path docs = DocsTrees.copyOfReference();
        DocsTrees.delete(docs, INCLUDE, 21, 22, "2. Navigate to **Admin>Settings**.");
        Map<String, List<String>> encryptedKey = Map.of(CRM, List.of("To find your Encrypted Key"));

        Replay broken = replay("faithful", docs, encryptedKey, "apply");
        assertThat(broken.failures).singleElement().asString().contains("step-missing");
        assertThat(read(docs.resolve(INCLUDE))).contains("\n1. Log in to your account at [Infusionsoft](https://www.infusionsoft.com/).\n"
                + "2. Navigate to **Admin>Settings**.\n3. In Application Settings, click **Application**.\n"
                + "4. Scroll down to the API section and record the **Encrypted Key**.\n");

        Replay fixed = replay("faithful", docs, encryptedKey, "off");
        assertThat(fixed.failures).isEmpty();
        assertThat(fixed.outcome).isEqualTo(RunOutcome.PASSED);
    }

    @Test
    public void afterTheLintFixesLintFindsNoneOfThoseFindingsAgain() throws IOException {
        Path docs = DocsTrees.copyOfReference();
        List<String> before = lint(docs, "apply");
        assertThat(before).anyMatch(f -> f.startsWith("list-numbering")).anyMatch(f -> f.startsWith("link-syntax"));
        List<String> after = lint(docs, "off");
        assertThat(after).noneMatch(f -> f.startsWith("list-numbering") || f.startsWith("link-syntax"));
        assertThat(read(docs.resolve(REST))).contains("Review the [latest Infusionsoft documentation](https://")
                .contains("\n2. Record the **{{page.apiKey}}**");
        assertThat(read(docs.resolve(INCLUDE))).contains("apiKey").contains("\n5. Record the **{{page.apiKey}}**");
    }

    @Test
    public void thePatchOfARunAppliesToAnUntouchedCopyWithGit() {
        Path patch = ProfileRuns.of("secret-hidden").out().resolve("fixes.patch");
        assertThat(read(patch)).startsWith("diff --git a/").contains("\n+2. Click **Show**.\n");
        git(DocsTrees.copyOfReference(), "apply", "--check", patch.toAbsolutePath().toString());
    }

    @Test
    public void aDocsRootInsideAGitCheckoutGetsAPatchThatAppliesInItAndAtTheCheckoutsTop() throws IOException {
        Path checkout = temporaryDirectory();
        Path docs = Files.move(DocsTrees.copyOfReference(), checkout.resolve("site"));
        git(checkout, "init", "-q");
        git(checkout, "add", "-A");
        git(checkout, "-c", "user.name=guidecheck", "-c", "user.email=guidecheck@localhost", "commit", "-q", "-m", "the docs");
        String untouched = read(docs.resolve(REST));
        Path out = temporaryDirectory();

        lint(docs, "patch", out);

        Path patch = out.resolve("fixes.patch").toAbsolutePath();
        assertThat(read(patch)).startsWith("diff --git a/site/").contains("\n+++ b/site/" + REST + "\n")
                .doesNotContainPattern("(?m)^(diff --git|---|\\+\\+\\+) [ab]/(?!site/)");
        // git apply skips, without a word, every file outside the folder it runs in: in the docs root, paths of the
        // docs root alone changed nothing.
        git(docs, "apply", patch.toString());
        assertThat(read(docs.resolve(REST))).as("applied in the docs root").isNotEqualTo(untouched)
                .contains("Review the [latest Infusionsoft documentation](https://");
        git(checkout, "checkout", "-q", "--", ".");
        git(checkout, "apply", patch.toString());
        assertThat(read(docs.resolve(REST))).as("applied at the checkout's top").isNotEqualTo(untouched)
                .contains("Review the [latest Infusionsoft documentation](https://");
    }

    @Test
    public void theSummaryShowsEachSuggestionUnderItsFinding() {
        String summary = read(ProfileRuns.of("portal-tabs-renamed").out().resolve("summary.md"));
        assertThat(summary).contains("- **label-not-found** `" + REST + ":40` step 3 (" + REST + ":40) \"Click Applications,"
                + " and then click Edit.\": no \"Applications\" in the tabs and key actions of My API Keys; nearest: \"Apps\"\n\n"
                + "  fix `" + REST + ":40`:\n\n  ```suggestion\n  4. Click **Apps**, and then click **Edit**.\n  ```\n");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private record Replay(int replayed, List<String> failures, RunOutcome outcome) {
    }

    /** Replays the named procedures of the pages on the profile, without screenshots; what it found. */
    private Replay replay(String profile, Path docs, Map<String, List<String>> procedures, String fix) {
        Properties props = new Properties();
        props.setProperty("guidecheck.docs", docs.toString());
        props.setProperty("guidecheck.out", temporaryDirectory().toString());
        props.setProperty("guidecheck.replica.profile", profile);
        props.setProperty("guidecheck.screenshots", "off");
        props.setProperty("guidecheck.fix", fix);
        props.setProperty("guidecheck.pages", String.join(",", procedures.keySet()));
        List<String> failures = new ArrayList<>();
        int replayed = 0;
        GuideRun run = new GuideRun(Settings.from(props, Map.of()), new PrintStream(OutputStream.nullOutputStream()),
                TestBrowsers.shared());
        try (run) {
            for (GuideRun.PageRun page : run.pages()) {
                for (Procedure procedure : page.guide().orElseThrow().procedures()) {
                    if (procedures.get(page.path()).contains(procedure.title())) {
                        ProcedureResult r = run.replay(page, procedure, new ReplayListener() {
                        });
                        replayed++;
                        r.failure().ifPresent(f -> failures.add(page.path() + " > " + procedure.title() + ": "
                                + f.category().id() + ": " + f.message()));
                    }
                }
            }
        }
        return new Replay(replayed, failures, run.outcome().orElseThrow());
    }

    /** A lint-only run of the reference pages on the tree with the given fix mode; its findings as "rule file:line". */
    private static List<String> lint(Path docs, String fix) {
        return lint(docs, fix, temporaryDirectory());
    }

    /** The same, writing the run's files (report, fixes.patch) to {@code out}. */
    private static List<String> lint(Path docs, String fix, Path out) {
        Properties props = new Properties();
        props.setProperty("guidecheck.docs", docs.toString());
        props.setProperty("guidecheck.out", out.toString());
        props.setProperty("guidecheck.mode", "lint");
        props.setProperty("guidecheck.fix", fix);
        props.setProperty("guidecheck.pages", String.join(",", List.of(CRM, ProfileRuns.MARKETING, REST)));
        List<String> findings = new ArrayList<>();
        try (GuideRun run = new GuideRun(Settings.from(props, Map.of()), new PrintStream(OutputStream.nullOutputStream()))) {
            for (GuideRun.PageRun page : run.pages()) {
                for (LintFinding f : page.outcome().lint()) {
                    findings.add(f.rule() + " " + f.where());
                }
            }
        }
        return findings;
    }

    /**
     * Each failing finding of a profile's run, from its report.json, as "page id file:line" with the new text
     * of its fix (the changes' new lines, joined) or why there is none.
     */
    private static Map<String, String> fixes(ProfileRuns.Run run) {
        Map<String, String> fixes = new LinkedHashMap<>();
        try {
            JsonNode report = new ObjectMapper().readTree(run.out().resolve("report.json").toFile());
            for (JsonNode page : report.get("pages")) {
                for (JsonNode f : page.get("findings")) {
                    if (!f.get("failing").asBoolean()) {
                        continue;
                    }
                    JsonNode fix = f.get("fix");
                    List<String> now = new ArrayList<>();
                    fix.path("changes").forEach(c -> now.add(c.get("new").asText()));
                    fixes.put(page.get("page").asText() + " " + f.get("id").asText() + " " + f.get("file").asText() + ":"
                            + f.get("line").asInt(), fix.has("none") ? fix.get("none").asText() : String.join("\n", now));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixes;
    }

    private static void git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            if (!git.waitFor(30, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new AssertionError("git " + String.join(" ", args) + " took more than 30 s");
            }
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(git.exitValue()).as("git %s in %s: %s", String.join(" ", args), dir, output).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("guidecheck-fixloop");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
