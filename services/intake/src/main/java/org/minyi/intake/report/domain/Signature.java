package org.minyi.intake.report.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A MinHash signature of a report's wording: for each of its hash functions, the smallest hash of the
 * text's shingles. Two signatures agree at a position with a probability equal to the Jaccard index of
 * the two shingle sets, so the share of agreeing positions estimates it.
 */
public final class Signature {

    private final int[] values;

    public Signature(int[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a signature has at least one value");
        }
        this.values = values.clone();
    }

    public static Signature of(List<Integer> values) {
        return new Signature(values.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The estimated Jaccard index of the two texts' shingles, between 0 and 1. */
    public double similarity(Signature other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("signatures of different sizes: " + values.length + ", "
                    + other.values.length);
        }
        int same = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return (double) same / values.length;
    }

    public int size() {
        return values.length;
    }

    public int value(int position) {
        return values[position];
    }

    public List<Integer> values() {
        return Arrays.stream(values).boxed().toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature signature && Arrays.equals(values, signature.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
