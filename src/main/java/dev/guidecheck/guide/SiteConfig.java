package dev.guidecheck.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What Jekyll knows about the site before it renders a page: {@code site} (the keys of {@code _config.yml},
 * and {@code site.data} from {@code _data/*.yml|yaml|json|csv}), how strict Liquid is ({@code liquid:
 * strict_variables}), and the tags plugins in {@code _plugins/*.rb} define, which the check cannot run.
 * Read once per docs root.
 *
 * @param strictVariables whether an undefined variable fails the page, as {@code liquid: strict_variables: true}
 *                        makes Jekyll do; Jekyll's default prints it as nothing
 * @param pluginTags      the names plugins register with {@code Liquid::Template.register_tag}
 */
record SiteConfig(Map<String, Object> site, boolean strictVariables, Set<String> pluginTags) {

    static final String CONFIG = "_config.yml";
    private static final Pattern REGISTER_TAG = Pattern.compile("register_tag\\(\\s*['\"]([\\w-]+)['\"]");

    static SiteConfig read(Path docsRoot) {
        Map<String, Object> site = new LinkedHashMap<>(yamlMapping(docsRoot, CONFIG));
        site.put("data", data(docsRoot, docsRoot.resolve("_data")));
        boolean strict = site.get("liquid") instanceof Map<?, ?> liquid
                && Boolean.TRUE.equals(liquid.get("strict_variables"));
        return new SiteConfig(Collections.unmodifiableMap(site), strict, pluginTags(docsRoot.resolve("_plugins")));
    }

    private static Map<String, Object> yamlMapping(Path docsRoot, String file) {
        Path path = docsRoot.resolve(file);
        if (!Files.isRegularFile(path)) {
            return Map.of();
        }
        Object loaded = yaml(file, GuideReader.readText(path));
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw GuideException.inFile(file, "is not a mapping of names to values");
        }
        return stringKeys(map);
    }

    private static Object yaml(String file, String text) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String reason = "malformed YAML: " + e.getProblem();
            throw mark == null ? GuideException.inFile(file, reason, e)
                    : GuideException.at(new SourceRef(file, mark.getLine() + 1), reason, e);
        } catch (YAMLException e) {
            throw GuideException.inFile(file, "malformed YAML: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return values;
    }

    /** {@code site.data}: each data file under its name without extension, folders as nested names. */
    private static Map<String, Object> data(Path docsRoot, Path folder) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return data;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String file = docsRoot.relativize(entry).toString().replace('\\', '/');
            int dot = name.lastIndexOf('.');
            String base = dot < 0 ? name : name.substring(0, dot);
            String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (Files.isDirectory(entry)) {
                data.put(name, data(docsRoot, entry));
            } else if (extension.equals("yml") || extension.equals("yaml")) {
                data.put(base, yaml(file, GuideReader.readText(entry)));
            } else if (extension.equals("json")) {
                data.put(base, json(file, GuideReader.readText(entry)));
            } else if (extension.equals("csv")) {
                data.put(base, csv(GuideReader.readText(entry)));
            }
        }
        return data;
    }

    private static Object json(String file, String text) {
        try {
            return new ObjectMapper().readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? Math.max(e.getLocation().getLineNr(), 1) : 1;
            throw GuideException.at(new SourceRef(file, line), "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Rows of a CSV file as Jekyll gives them: a mapping from the header row's names to each row's cells. */
    private static List<Map<String, String>> csv(String text) {
        List<List<String>> rows = csvRows(text);
        List<Map<String, String>> records = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int c = 0; c < rows.get(0).size(); c++) {
                record.put(rows.get(0).get(c), c < rows.get(r).size() ? rows.get(r).get(c) : null);
            }
            records.add(record);
        }
        return records;
    }

    private static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static Set<String> pluginTags(Path plugins) {
        Set<String> tags = new TreeSet<>();
        if (!Files.isDirectory(plugins)) {
            return tags;
        }
        try (Stream<Path> files = Files.list(plugins)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rb")).sorted().toList()) {
                Matcher tag = REGISTER_TAG.matcher(Files.readString(file));
                while (tag.find()) {
                    tags.add(tag.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + plugins, e);
        }
        return tags;
    }
}
