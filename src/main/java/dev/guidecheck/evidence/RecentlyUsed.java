package dev.guidecheck.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a run keeps of its images: the few used last, so a whole site's pictures are never all held. */
final class RecentlyUsed {

    private RecentlyUsed() {
    }

    /** A map of at most {@code kept} entries, the least recently used dropped first; safe for a run's threads. */
    static <K, V> Map<K, V> map(int kept) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > kept;
            }
        });
    }
}
