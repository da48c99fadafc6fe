package dev.guidecheck.report;

import dev.guidecheck.fix.Change;
import dev.guidecheck.fix.FixOutcome;
import dev.guidecheck.fix.FixPlan;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * The run's fixes in Allure: one test, "fixes", with a step per finding (its fix's suggestion attached,
 * or why there is none) and the whole {@code fixes.patch} attached, so a reviewer reading the report
 * finds the edit beside the findings.
 */
public final class AllureFixes {

    private AllureFixes() {
    }

    /** Writes the test into the result set; nothing when the fix stage made no plan (fix=off). */
    public static void write(Path results, FixPlan fixes) throws IOException {
        if (fixes.outcomes().isEmpty()) {
            return;
        }
        Files.createDirectories(results);
        AllureLifecycle allure = new AllureLifecycle(new FileSystemResultsWriter(results));
        String uuid = UUID.randomUUID().toString();
        long fixed = fixes.outcomes().stream().filter(FixOutcome::fixed).count();
        allure.scheduleTestCase(new TestResult().setUuid(uuid).setName("fixes")
                .setFullName("guidecheck › fixes").setHistoryId("guidecheck-fixes")
                .setDescription(fixed + " of " + fixes.outcomes().size() + " findings have a fix; the patch of them"
                        + " all is attached (git apply in the docs root)")
                .setLabels(List.of(new Label().setName("suite").setValue("fixes"))));
        allure.startTestCase(uuid);
        for (FixOutcome fix : fixes.outcomes()) {
            String step = UUID.randomUUID().toString();
            allure.startStep(uuid, step, new StepResult().setName(fix.id() + " " + fix.file() + ":" + fix.line() + " ("
                    + PageNames.shortPage(fix.page()) + "): " + (fix.fixed() ? "fixed" : fix.refusal().orElseThrow())));
            if (fix.fixed()) {
                StringBuilder text = new StringBuilder(fix.message()).append("\n\n");
                for (Change c : fix.changes()) {
                    text.append(c.file()).append(':').append(c.line()).append("\n- ").append(c.old().replace("\n", "\n- "))
                            .append("\n+ ").append(c.now().replace("\n", "\n+ ")).append("\n\n");
                }
                if (fix.note() != null) {
                    text.append(fix.note()).append('\n');
                }
                allure.addAttachment("fix", "text/plain", "txt", text.toString().getBytes(StandardCharsets.UTF_8));
            }
            allure.updateStep(step, s -> s.setStatus(fix.fixed() ? Status.PASSED : Status.SKIPPED));
            allure.stopStep(step);
        }
        allure.addAttachment("fixes.patch", "text/x-diff", "patch", fixes.patch().getBytes(StandardCharsets.UTF_8));
        allure.updateTestCase(uuid, t -> t.setStatus(Status.PASSED));
        allure.stopTestCase(uuid);
        allure.writeTestCase(uuid);
    }
}
