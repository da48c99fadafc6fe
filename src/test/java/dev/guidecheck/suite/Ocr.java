package dev.guidecheck.suite;

import dev.guidecheck.evidence.CredentialMask;
import dev.guidecheck.evidence.Png;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * Reads pictures as a person would, with Tesseract ({@code tesseract FILE stdout}), and says whether a
 * secret can be read off them. Small text is upscaled first (bicubic, grey, contrast stretched), as OCR
 * misses 11-pixel grey text at its real size. Each distinct picture (by its bytes' hash) is read once per
 * JVM, two Tesseracts at a time (the machine has two cores), each bounded by a timeout.
 */
final class Ocr {

    /** The longest one picture may take to read; a full page at three times its size takes about a second. */
    static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** How many Tesseracts run at once, each on one thread. */
    static final int PARALLEL = 2;
    /** Part of a secret that counts as read: a run of this many of its characters. */
    static final int WINDOW = 8;
    /** Pictures narrower than this are read at three times their size, wider ones at twice. */
    private static final int WIDE = 1400;
    /** Grey levels at or below this become black, at or above {@link #WHITE} white; between, stretched. */
    private static final int BLACK = 100;
    private static final int WHITE = 220;

    private static final Map<String, String> TEXT_BY_HASH = new ConcurrentHashMap<>();

    private Ocr() {
    }

    /** Whether Tesseract is installed (Debian's tesseract-ocr); the tests that need it say how to get it. */
    static void requireTesseract() {
        try {
            Process version = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            if (version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // not installed: said below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("tesseract is not installed; apt-get install tesseract-ocr (.ci/run does)");
    }

    /** The text of each picture, by the picture's hash; each distinct picture read once per JVM. */
    static Map<String, String> read(Collection<byte[]> pngs) {
        Map<String, byte[]> byHash = new LinkedHashMap<>();
        for (byte[] png : pngs) {
            byHash.putIfAbsent(hash(png), png);
        }
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            Map<String, Future<String>> reading = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> e : byHash.entrySet()) {
                if (!TEXT_BY_HASH.containsKey(e.getKey())) {
                    reading.put(e.getKey(), pool.submit(() -> tesseract(e.getValue())));
                }
            }
            for (Map.Entry<String, Future<String>> e : reading.entrySet()) {
                TEXT_BY_HASH.put(e.getKey(), e.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading pictures", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("tesseract failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        byHash.keySet().forEach(h -> texts.put(h, TEXT_BY_HASH.get(h)));
        return texts;
    }

    /** The text of one picture. */
    static String read(byte[] png) {
        return read(List.of(png)).get(hash(png));
    }

    /** How many distinct pictures this JVM has read so far. */
    static int pictures() {
        return TEXT_BY_HASH.size();
    }

    /**
     * The secrets legible in an OCR'd text, as "what (masked)" (never the value): a secret counts as read when
     * the text holds it whole or, for a generated one (a key, a client_id, a client_secret), any run of
     * {@value #WINDOW} of its characters; each allowing one character OCR got wrong, dropped or added (two in a
     * whole value of 20 or more). Both sides are compared after folding OCR's look-alike glyphs (I/l/1/|,
     * O/0, S/5, B/8), case and everything but letters and digits away. A password is only looked for whole:
     * it is made of words ("Infusionsoft", "Portal") that the pages show anyway.
     *
     * @param secrets secret values, each with what it is ("client_secret", "password")
     */
    static List<String> legible(String text, Map<String, String> secrets) {
        String read = fold(text);
        List<String> found = new ArrayList<>();
        secrets.forEach((value, what) -> {
            String secret = fold(value);
            boolean whole = secret.length() >= WINDOW && nearestDistance(secret, read) <= 1 + secret.length() / 20;
            boolean part = false;
            if (!whole && isGenerated(what)) {
                for (int i = 0; i + WINDOW <= secret.length() && !part; i++) {
                    part = nearestDistance(secret.substring(i, i + WINDOW), read) <= 1;
                }
            }
            if (whole || part) {
                found.add(what + " " + CredentialMask.mask(value) + (whole ? " whole" : " in part"));
            }
        });
        return found;
    }

    /**
     * The fewest edits (a character changed, dropped or added) that turn {@code pattern} into some part of
     * {@code text} (Sellers' algorithm).
     */
    static int nearestDistance(String pattern, String text) {
        int m = pattern.length();
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            previous[i] = i;
        }
        int best = m;
        for (int j = 1; j <= text.length() && best > 0; j++) {
            current[0] = 0; // a match may start anywhere in the text
            char c = text.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int substitution = previous[i - 1] + (pattern.charAt(i - 1) == c ? 0 : 1);
                current[i] = Math.min(substitution, Math.min(previous[i], current[i - 1]) + 1);
            }
            best = Math.min(best, current[m]);
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return best;
    }

    private static boolean isGenerated(String what) {
        return !what.equals("password") && !what.equals("passphrase");
    }

    /** Lower case, OCR's look-alike glyphs as one, nothing but letters and digits. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            char folded = switch (c) {
                case 'i', 'l', '|', '!' -> '1';
                case 'o' -> '0';
                case 's', '$' -> '5';
                case 'b' -> '8';
                default -> c;
            };
            if ((folded >= 'a' && folded <= 'z') || (folded >= '0' && folded <= '9')) {
                out.append(folded);
            }
        }
        return out.toString();
    }

    private static String tesseract(byte[] png) throws IOException, InterruptedException {
        Path file = Files.createTempFile("guidecheck-ocr", ".png");
        Path text = Files.createTempFile("guidecheck-ocr", ".txt");
        try {
            ImageIO.write(prepared(Png.decode(png)), "png", file.toFile());
            ProcessBuilder builder = new ProcessBuilder("tesseract", file.toString(), "stdout", "--psm", "6");
            builder.environment().put("OMP_THREAD_LIMIT", "1"); // one core each; two run side by side
            builder.redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(text.toFile());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("tesseract took longer than " + TIMEOUT.toSeconds() + " s on one picture");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("tesseract exited with " + process.exitValue());
            }
            return Files.readString(text, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(text);
        }
    }

    /** Grey, upscaled (bicubic), its levels stretched so light grey text turns dark. */
    static BufferedImage prepared(BufferedImage image) {
        int scale = image.getWidth() < WIDE ? 3 : 2;
        BufferedImage grey = new BufferedImage(image.getWidth() * scale, image.getHeight() * scale,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, grey.getWidth(), grey.getHeight());
            g.drawImage(image, 0, 0, grey.getWidth(), grey.getHeight(), null);
        } finally {
            g.dispose();
        }
        WritableRaster raster = grey.getRaster();
        int[] row = new int[grey.getWidth()];
        for (int y = 0; y < grey.getHeight(); y++) {
            raster.getSamples(0, y, row.length, 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                int v = row[x];
                row[x] = v <= BLACK ? 0 : v >= WHITE ? 255 : (v - BLACK) * 255 / (WHITE - BLACK);
            }
            raster.setSamples(0, y, row.length, 1, 0, row);
        }
        return grey;
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
