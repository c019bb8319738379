package org.minyi.intake.report.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;

/**
 * MinHash signatures over character shingles, which suit Chinese: there are no spaces to split words
 * on, and two characters are the usual length of a Chinese word. The text is normalised first (NFKC,
 * so full-width and half-width forms agree; lower case), and everything but letters and digits is
 * dropped, so punctuation and layout do not count. The hash functions are fixed, so signatures stored
 * today compare with those computed after a restart or on another replica.
 *
 * @param size     hash functions (positions of the signature)
 * @param shingle  characters per shingle
 */
public record MinHash(int size, int shingle) {

    /** 128 hash functions over character bigrams: the settings measured in the README. */
    public static final MinHash STANDARD = new MinHash(128, 2);

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    public MinHash {
        if (size < 1 || shingle < 1) {
            throw new IllegalArgumentException("size and shingle must be positive");
        }
    }

    /** The signature of {@code text}; empty when it has no letters or digits. */
    public Optional<Signature> of(String text) {
        long[] shingles = shingles(text);
        if (shingles.length == 0) {
            return Optional.empty();
        }
        int[] values = new int[size];
        Arrays.fill(values, Integer.MAX_VALUE);
        for (int i = 0; i < size; i++) {
            long seed = mix(GOLDEN * (i + 1));
            int min = Integer.MAX_VALUE;
            for (long s : shingles) {
                int h = (int) (mix(s ^ seed) >>> 32);
                if (h < min) {
                    min = h;
                }
            }
            values[i] = min;
        }
        return Optional.of(new Signature(values));
    }

    /** The distinct shingles of the normalised text, each as a 64-bit hash. */
    long[] shingles(String text) {
        int[] points = normalise(text);
        if (points.length == 0) {
            return new long[0];
        }
        int width = Math.min(shingle, points.length);
        long[] hashes = new long[points.length - width + 1];
        for (int start = 0; start < hashes.length; start++) {
            long h = 0;
            for (int j = 0; j < width; j++) {
                h = mix(h * 31 + points[start + j]);
            }
            hashes[start] = h;
        }
        return Arrays.stream(hashes).distinct().toArray();
    }

    static int[] normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase();
        return folded.codePoints().filter(Character::isLetterOrDigit).toArray();
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
