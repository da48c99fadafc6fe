package dev.guidecheck.replica;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The replica's only source of "random" values: SHA-256 of a seed and a counter, so the same
 * sequence of actions yields the same keys and every page renders byte-identical.
 */
final class SeededValues {

    private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final String seed;
    private long counter;

    SeededValues(String seed) {
        this.seed = seed;
    }

    /** 32 lowercase hex digits, the shape of an Infusionsoft Encrypted Key. */
    synchronized String hex32() {
        StringBuilder out = new StringBuilder();
        for (byte b : nextDigest()) {
            out.append(String.format("%02x", b & 0xff));
        }
        return out.substring(0, 32);
    }

    /** Lowercase letters and digits, the shape of a developer portal client_id. */
    synchronized String lowerAlnum(int length) {
        return fromAlphabet(LOWER_ALNUM, length);
    }

    /** Mixed-case letters and digits, the shape of a developer portal client_secret. */
    synchronized String alnum(int length) {
        return fromAlphabet(ALNUM, length);
    }

    private String fromAlphabet(String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            for (byte b : nextDigest()) {
                if (out.length() == length) {
                    break;
                }
                out.append(alphabet.charAt((b & 0xff) % alphabet.length()));
            }
        }
        return out.toString();
    }

    private byte[] nextDigest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return sha.digest((seed + "#" + (counter++)).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
