package dev.guidecheck.replica;

import java.time.Duration;
import java.time.Instant;

/** "2 hours ago", as the developer portal shows when a key was created. */
final class RelativeTime {

    private RelativeTime() {
    }

    static String ago(Instant then, Instant now) {
        long seconds = Math.max(0, Duration.between(then, now).getSeconds());
        if (seconds < 60) {
            return "less than a minute ago";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return plural(minutes, "minute") + " ago";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return plural(hours, "hour") + " ago";
        }
        return plural(hours / 24, "day") + " ago";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
