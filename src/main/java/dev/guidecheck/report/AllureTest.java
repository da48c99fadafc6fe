package dev.guidecheck.report;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.StatusDetails;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What the Allure report calls the test now running, as people expect to browse it: named after the page
 * and the procedure, grouped page then section (Suites) and page then procedure (Behaviors), with a
 * history id of its own per page so results of different pages never pass for retries of each other,
 * and links that work from a CI artifact.
 */
public final class AllureTest {

    /** Labels Allure's TestNG listener derives from the Java class, which say nothing about a guide. */
    private static final Set<String> JAVA_LABELS = Set.of("parentSuite", "suite", "subSuite", "package", "testClass",
            "testMethod", "epic", "feature", "story");

    /**
     * @param site        where the docs are published ("developers.cloud-elements.com")
     * @param page        the page file, e.g. "docs/elements/infusionsoft-crm/setup.md"
     * @param section     the page's section the test is about, or null
     * @param title       the test's own words: a procedure's intro, "guide lint", "every credential is found"
     * @param description Markdown shown on the test; image links in it must be absolute
     * @param links       named links (the published page, the source in the docs repository)
     */
    public record Identity(String site, String page, String section, String title, String description,
                           List<Link> links) {
    }

    private AllureTest() {
    }

    public static Link link(String name, String url) {
        return new Link().setName(name).setUrl(url).setType("link");
    }

    /** Names and groups the current Allure test; does nothing outside an Allure-reported test. */
    public static void describe(Identity id) {
        String key = id.page() + "\n" + id.title();
        String pageAsPackage = id.page().replaceFirst("\\.md$", "").replace('/', '.');
        Allure.getLifecycle().updateTestCase(tc -> {
            tc.setName(PageNames.shortPage(id.page()) + " › " + id.title());
            tc.setFullName(id.page() + " › " + id.title());
            tc.setHistoryId(md5(key));
            tc.setTestCaseId(md5(key));
            // The test's Java parameter (the procedure) repeats the name; the page is in the labels.
            tc.setParameters(new ArrayList<>());
            tc.getLabels().removeIf(l -> JAVA_LABELS.contains(l.getName()));
            List<Label> labels = tc.getLabels();
            labels.add(label("parentSuite", id.site()));
            labels.add(label("suite", id.page()));
            if (id.section() != null) {
                labels.add(label("subSuite", id.section()));
            }
            labels.add(label("epic", id.site()));
            labels.add(label("feature", id.page()));
            labels.add(label("story", id.title()));
            labels.add(label("package", pageAsPackage));
            labels.add(label("testClass", pageAsPackage));
            labels.add(label("testMethod", id.title()));
            tc.setLinks(new ArrayList<>(id.links()));
            tc.setDescription(id.description());
        });
    }

    /** Marks the current test flaky through Allure's own status details (it passed only when retried). */
    public static void markFlaky() {
        Allure.getLifecycle().updateTestCase(tc -> {
            if (tc.getStatusDetails() == null) {
                tc.setStatusDetails(new StatusDetails());
            }
            tc.getStatusDetails().setFlaky(true);
        });
    }

    /**
     * Gives the current test the start and thread of the replay it reports, and (through
     * {@link AllureReplayTimes}, when Allure writes it) the stop. The run replays procedures ahead of the
     * tests that report them, and Allure's timeline should show when the browser did the work, not when the
     * suite got round to reporting it. Call it before the replay's steps are told, which may start a retry.
     */
    public static void ranAt(long start, long stop, String thread) {
        ranAt(Allure.getLifecycle(), start, stop, thread);
    }

    /** The same for the test case running in {@code lifecycle}, e.g. one writing a result set of its own. */
    public static void ranAt(AllureLifecycle lifecycle, long start, long stop, String thread) {
        lifecycle.getCurrentTestCase().ifPresent(uuid -> {
            lifecycle.updateTestCase(uuid, tc -> {
                tc.setStart(start);
                tc.getLabels().removeIf(l -> l.getName().equals("thread"));
                // The form Allure's own thread label takes: "pid@host.thread".
                tc.getLabels().add(label("thread", ManagementFactory.getRuntimeMXBean().getName() + "." + thread));
            });
            AllureReplayTimes.stopAt(uuid, stop);
        });
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
