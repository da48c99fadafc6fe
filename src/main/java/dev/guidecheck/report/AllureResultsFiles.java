package dev.guidecheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.guidecheck.AtomicFiles;
import dev.guidecheck.steps.Category;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The files Allure reads beside the results: {@code categories.json}, built from the finding
 * categories, and {@code environment.properties}, the facts of the run.
 */
public final class AllureResultsFiles {

    private AllureResultsFiles() {
    }

    /** The results directory Allure's TestNG listener writes to. */
    public static Path resultsDirectory() {
        return Path.of(System.getProperty("allure.results.directory", "allure-results"));
    }

    /**
     * Empties the results directory of an earlier run, so the next report shows this run only and never
     * passes old results off as retries. The {@code history} folder stays: it carries the trend from one
     * scheduled run to the next.
     */
    public static void clean(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return;
        }
        try (var files = Files.list(results)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    public static void write(Path results, Map<String, String> environment) throws IOException {
        AtomicFiles.write(results.resolve("categories.json"),
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(categories()),
                AtomicFiles.SHARED);
        // Properties.store on a byte stream escapes what is not Latin-1, which is how Allure reads the file.
        Properties properties = new Properties();
        environment.forEach((k, v) -> properties.setProperty(k, v == null ? "" : v));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        properties.store(bytes, "guidecheck run");
        AtomicFiles.write(results.resolve("environment.properties"), bytes.toByteArray(), AtomicFiles.SHARED);
    }

    /**
     * Failure messages start with "[category-id]"; Allure's messageRegex must match the whole
     * message, hence the (?s).* on both sides.
     */
    static List<Map<String, Object>> categories() {
        List<Map<String, Object>> categories = new ArrayList<>();
        for (Category category : Category.values()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", category.id());
            c.put("messageRegex", "(?s).*\\[" + category.id() + "\\].*");
            c.put("matchedStatuses", category.isGuideFinding() ? List.of("failed") : List.of("broken"));
            categories.add(c);
        }
        return categories;
    }
}
