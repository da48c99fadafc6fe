package dev.guidecheck.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The main job in a JVM of its own, as a scheduler starts it without Maven: {@code java}, the JVM options the
 * pom gives the main job (passed to the tests as {@code guidecheck.jvm.options}), this classpath, the settings,
 * {@link GuideCheckMain}. Without the options, a short run spent as much CPU compiling itself as replaying.
 */
final class MainJobProcess {

    private MainJobProcess() {
    }

    /** The command line, with {@code settings} ("-Dguidecheck.pages=...") before the main class. */
    static List<String> command(List<String> settings) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(settings);
        command.add(GuideCheckMain.class.getName());
        return command;
    }

    /** The pom's JVM options for the main job; none when the tests run outside Maven (an IDE). */
    static List<String> jvmOptions() {
        String options = System.getProperty("guidecheck.jvm.options", "").strip();
        return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
    }
}
