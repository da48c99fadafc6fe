package dev.guidecheck;

import java.util.Map;
import java.util.Properties;

/** Settings read as a run reads them, from system properties given as name, value pairs (no environment). */
final class TestSettings {

    private TestSettings() {
    }

    static Settings with(String... pairs) {
        Properties props = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            props.setProperty(pairs[i], pairs[i + 1]);
        }
        return Settings.from(props, Map.of());
    }
}
