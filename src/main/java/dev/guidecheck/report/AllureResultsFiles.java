package dev.guidecheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.guidecheck.steps.Category;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

    public static void write(Path results, Map<String, String> environment) throws IOException {
        Files.createDirectories(results);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(results.resolve("categories.json").toFile(), categories());
        Properties props = new Properties();
        environment.forEach((k, v) -> props.setProperty(k, v == null ? "" : v));
        try (Writer writer = Files.newBufferedWriter(results.resolve("environment.properties"), StandardCharsets.UTF_8)) {
            props.store(writer, "guidecheck run");
        }
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
            c.put("matchedStatuses", category.isGuideFinding() ? List.of("failed") : List.of("broken", "failed"));
            categories.add(c);
        }
        return categories;
    }
}
