package dev.guidecheck.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Maven command run as a user types it, in this project's folder, with the Maven that runs this build:
 * what the README promises is what the test runs, classpath, plugins and all.
 */
final class Mvn {

    /** What the command did: its exit status and everything it printed, both streams in order. */
    record Result(int status, String output) {
        @Override
        public String toString() {
            return "exit " + status + "\n" + output;
        }
    }

    private Mvn() {
    }

    /** The mvn of the Maven running this build (failsafe passes its home), else the one on PATH. */
    static String executable() {
        String home = System.getProperty("guidecheck.maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))) {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    /**
     * Runs {@code mvn <arguments>} and waits at most {@code timeout}; a command that does not end in time is
     * killed and fails the test.
     */
    static Result run(Duration timeout, List<String> arguments) throws IOException, InterruptedException {
        return run(timeout, "", arguments);
    }

    /** The same, with {@code input} typed on the command's standard input (a person pressing Enter). */
    static Result run(Duration timeout, String input, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable());
        command.addAll(arguments);
        Path log = Files.createTempFile("guidecheck-mvn", ".log");
        Path typed = Files.createTempFile("guidecheck-mvn", ".in");
        Files.writeString(typed, input, StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(typed.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", arguments) + " did not end within " + timeout
                    + "; it printed:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        // Maven's console library writes colour resets even in batch mode; a log reader sees none.
        String output = Files.readString(log, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
        Files.deleteIfExists(log);
        Files.deleteIfExists(typed);
        return new Result(process.exitValue(), output);
    }

    static Result run(Duration timeout, String... arguments) throws IOException, InterruptedException {
        return run(timeout, List.of(arguments));
    }
}
