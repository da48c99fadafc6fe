package dev.guidecheck.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The corpus built by Debian's Jekyll (kramdown with GFM input, auto_ids, the site's Liquid error mode),
 * without the site's layouts and plugins: its plugin tags are stubbed to render nothing, as the reader
 * renders them. Built once per JVM in a temporary folder, with a time limit.
 */
final class JekyllSite {

    private static final Path JEKYLL = Path.of("/usr/bin/jekyll");
    private static final long TIMEOUT_SECONDS = 120;
    private static Path built;

    private JekyllSite() {
    }

    /** The folder Jekyll wrote the site to: each page {@code x.md} as {@code x.html}. */
    static synchronized Path site() {
        if (built == null) {
            built = build(Corpus.root());
        }
        return built;
    }

    private static Path build(Path corpus) {
        if (!Files.isExecutable(JEKYLL)) {
            throw new AssertionError("the differential test needs Jekyll with kramdown's GFM parser:"
                    + " apt-get install -y jekyll ruby-kramdown-parser-gfm");
        }
        try {
            Path work = Files.createTempDirectory("jekyll-corpus-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work), "jekyll-site-cleanup"));
            Path source = work.resolve("src");
            copy(corpus.resolve("docs"), source.resolve("docs"), true);
            copy(corpus.resolve("_includes"), source.resolve("_includes"), false);
            copy(corpus.resolve("_data"), source.resolve("_data"), false);
            Files.writeString(source.resolve("_config.yml"), """
                    markdown: kramdown
                    kramdown:
                      input: GFM
                      auto_ids: true
                    liquid:
                      error_mode: strict
                    """, StandardCharsets.UTF_8);
            Files.createDirectories(source.resolve("_plugins"));
            Files.writeString(source.resolve("_plugins/stub_tags.rb"), stubs(corpus), StandardCharsets.UTF_8);
            Path site = work.resolve("site");
            Process jekyll = new ProcessBuilder(JEKYLL.toString(), "build", "--quiet", "-s", source.toString(), "-d", site.toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("jekyll.log").toFile()).start();
            if (!jekyll.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                jekyll.destroyForcibly();
                throw new AssertionError("jekyll build did not finish within " + TIMEOUT_SECONDS + " s: " + log(work));
            }
            if (jekyll.exitValue() != 0) {
                throw new AssertionError("jekyll build failed (exit " + jekyll.exitValue() + "): " + log(work));
            }
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A plugin that registers each tag the site's own plugins register, rendering nothing. */
    private static String stubs(Path corpus) throws IOException {
        List<String> tags = new ArrayList<>();
        Path plugins = corpus.resolve("_plugins");
        if (Files.isDirectory(plugins)) {
            try (Stream<Path> files = Files.list(plugins)) {
                for (Path file : files.sorted().toList()) {
                    var tag = java.util.regex.Pattern.compile("register_tag\\(\\s*['\"]([\\w-]+)['\"]").matcher(Files.readString(file));
                    while (tag.find()) {
                        tags.add(tag.group(1));
                    }
                }
            }
        }
        StringBuilder ruby = new StringBuilder("class StubTag < Liquid::Tag\n  def render(context)\n    ''\n  end\nend\n");
        tags.forEach(tag -> ruby.append("Liquid::Template.register_tag('").append(tag).append("', StubTag)\n"));
        return ruby.toString();
    }

    private static void copy(Path from, Path to, boolean markdownOnly) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!markdownOnly || file.toString().endsWith(".md")) {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void delete(Path work) {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary folder left behind is the machine's to clear; the test has its answer.
        }
    }

    private static String log(Path work) throws IOException {
        String log = Files.readString(work.resolve("jekyll.log"), StandardCharsets.UTF_8);
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }
}
