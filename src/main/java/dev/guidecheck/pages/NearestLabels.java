package dev.guidecheck.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The labels a page shows that are nearest to one the guide names, for "did you mean" in findings.
 * Two measures, the better one counts: shared words (plurals and case ignored, a word that starts
 * another counts most of a match, so "Apps" is near "Applications" and "Settings" near "API
 * Settings"), and edit distance over the whole label (typos, "Integrations" near "Applications").
 */
public final class NearestLabels {

    /** At most this many labels are suggested. */
    public static final int MAX = 3;
    /** Below this similarity a label is not suggested at all: better no suggestion than a wrong one. */
    static final double THRESHOLD = 0.34;
    /** How much of a match one word starting another counts ("app" and "application"). */
    private static final double PREFIX_MATCH = 0.8;
    private static final int MIN_PREFIX = 3;

    private NearestLabels() {
    }

    /** Up to {@value #MAX} of the shown labels like the wanted one, nearest first, page order among equals. */
    public static List<String> to(String wanted, Collection<String> shown) {
        List<String> candidates = new ArrayList<>();
        for (String label : shown) {
            if (!Labels.normalise(label).isEmpty() && candidates.stream().noneMatch(c -> Labels.same(c, label))) {
                candidates.add(label);
            }
        }
        return candidates.stream()
                .filter(label -> similarity(wanted, label) >= THRESHOLD)
                .sorted(Comparator.comparingDouble((String label) -> similarity(wanted, label)).reversed())
                .limit(MAX)
                .toList();
    }

    /**
     * How much nearer than the next one the nearest label must be to count as the one it became: a
     * rename is only certain when no other label shown there is nearly as near.
     */
    static final double CLEAR_MARGIN = 0.2;
    /**
     * How near a label must be to be taken for the same one renamed: suggesting a label in a message can be
     * generous, an edit of the guide cannot ("Integrations" is a suggestion for "Applications", no rename).
     */
    static final double RENAME = 0.6;

    /**
     * The rename the nearest labels make certain (one near label, or one clearly nearer than the rest),
     * otherwise why none is.
     */
    static Remedy remedy(String wanted, List<String> nearest, Collection<String> shown) {
        if (nearest.isEmpty()) {
            return new Remedy.Unsure(shown.isEmpty() ? "nothing is shown there"
                    : "nothing shown there is like \"" + wanted + "\"");
        }
        double first = similarity(wanted, nearest.get(0));
        if (first < RENAME) {
            return new Remedy.Unsure("the label nearest to it, \"" + nearest.get(0) + "\", is not near enough to be"
                    + " the same one renamed");
        }
        if (nearest.size() == 1) {
            return new Remedy.Rename(wanted, nearest.get(0), "the one label shown there like it");
        }
        double second = similarity(wanted, nearest.get(1));
        if (first - second >= CLEAR_MARGIN) {
            return new Remedy.Rename(wanted, nearest.get(0), "the label shown there clearly nearest to it");
        }
        return new Remedy.Unsure(nearest.size() + " labels are as near: " + LabelNotFoundException.quoted(nearest));
    }

    /** 1 for the same label, 0 for nothing in common. */
    static double similarity(String a, String b) {
        String x = Labels.normalise(a);
        String y = Labels.normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        double edit = 1 - (double) levenshtein(x, y) / Math.max(x.length(), y.length());
        return Math.max(edit, wordOverlap(words(x), words(y)));
    }

    /** The mean of the overlap coefficient and the Jaccard index, over words matched one to one. */
    private static double wordOverlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        List<String> unmatched = new ArrayList<>(b);
        double matched = 0;
        for (String word : a) {
            String best = null;
            double bestScore = 0;
            for (String other : unmatched) {
                double score = word.equals(other) ? 1 : startsEither(word, other) ? PREFIX_MATCH : 0;
                if (score > bestScore) {
                    best = other;
                    bestScore = score;
                }
            }
            if (best != null) {
                unmatched.remove(best);
                matched += bestScore;
            }
        }
        double overlap = matched / Math.min(a.size(), b.size());
        double jaccard = matched / (a.size() + b.size() - matched);
        return (overlap + jaccard) / 2;
    }

    private static boolean startsEither(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_PREFIX && longer.startsWith(shorter);
    }

    /** Lower-case words, a plural 's' dropped ("applications" is "application"). */
    private static List<String> words(String normalised) {
        return Arrays.stream(normalised.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
                .toList();
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
