package dev.guidecheck.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.Test;

public class SecretScrubberTest {

    private static final String KEY = "47d2f0c1a9b84e6f8a3d5c7e9f1b2a4c";

    @Test
    public void everyOccurrenceOfASecretIsMasked() {
        SecretScrubber scrubber = new SecretScrubber();
        scrubber.register(KEY);

        String scrubbed = scrubber.scrub("key=" + KEY + "; again " + KEY);

        assertThat(scrubbed).isEqualTo("key=[secret: 47d…]; again [secret: 47d…]");
    }

    @Test
    public void urlEncodedHtmlEscapedAndJsonEscapedFormsAreMaskedToo() {
        SecretScrubber scrubber = new SecretScrubber();
        String password = "p@ss w/rd&<'\"x";
        scrubber.register(password);

        String text = String.join("\n",
                "form: password=p%40ss+w%2Frd%26%3C%27%22x",
                "query: ?p=p%40ss%20w%2Frd%26%3C%27%22x",
                "html: value=\"p@ss w/rd&amp;&lt;&#39;&quot;x\"",
                "html5: p@ss w/rd&amp;&lt;&#x27;&quot;x",
                "json: {\"password\":\"p@ss w\\/rd&<'\\\"x\"}");

        assertThat(scrubber.scrub(text)).doesNotContain("w%2Frd", "w/rd", "w\\/rd")
                .contains("[secret: p@s…]");
    }

    @Test
    public void blankAndShortValuesAreIgnoredSoOrdinaryTextSurvives() {
        SecretScrubber scrubber = new SecretScrubber();
        scrubber.register("");
        scrubber.register("   ");
        scrubber.register("abc");
        scrubber.register(null);

        assertThat(scrubber.scrub("abc is the start of the alphabet")).isEqualTo("abc is the start of the alphabet");
        assertThat(scrubber.size()).isZero();
    }

    @Test
    public void aSecretInsideALongerOneIsMaskedAsTheLongerOne() {
        SecretScrubber scrubber = new SecretScrubber();
        scrubber.register("hunter-hunter");
        scrubber.register("hunter-hunter-2024");

        assertThat(scrubber.scrub("pw hunter-hunter-2024 and hunter-hunter"))
                .isEqualTo("pw [secret: hun…] and [secret: hun…]");
    }

    @Test
    public void aMaskIsNotScrubbedAgainByASecretThatAppearsInIt() {
        SecretScrubber scrubber = new SecretScrubber();
        scrubber.register("secret");
        scrubber.register("secret-value");

        assertThat(scrubber.scrub("secret-value")).isEqualTo("[secret: sec…]");
        assertThat(scrubber.scrub("secret")).as("too short to show any of it").isEqualTo("[secret: …]");
    }

    @Test
    public void textWithoutSecretsAndNullPassThrough() {
        SecretScrubber scrubber = new SecretScrubber();
        assertThat(scrubber.scrub("nothing here")).isEqualTo("nothing here");
        scrubber.register(KEY);
        assertThat(scrubber.scrub(null)).isNull();
        assertThat(scrubber.scrub("nothing here")).isEqualTo("nothing here");
    }

    @Test
    public void secretsRegisteredFromManyThreadsAreAllScrubbed() throws Exception {
        SecretScrubber scrubber = new SecretScrubber();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String secret = "secret-" + i + "-value";
            tasks.add(() -> {
                scrubber.register(secret);
                assertThat(scrubber.scrub(secret)).doesNotContain(secret);
                return null;
            });
        }
        try {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(scrubber.size()).isEqualTo(200);
        assertThat(scrubber.scrub("secret-7-value secret-199-value"))
                .isEqualTo("[secret: sec…] [secret: sec…]");
    }
}
