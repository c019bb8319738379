package org.minyi.dashboard.assessment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Standard competition ranking ("1224"): entries that compare equal share a rank, and the next
 * rank skips as many places as shared it.
 */
final class Ranks {

    private Ranks() {
    }

    /** The rank of each entry of {@code sorted}, which must already be in {@code order}. */
    static <T> List<Integer> of(List<T> sorted, Comparator<T> order) {
        List<Integer> ranks = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && order.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                ranks.add(ranks.get(i - 1));
            } else {
                ranks.add(i + 1);
            }
        }
        return ranks;
    }
}
