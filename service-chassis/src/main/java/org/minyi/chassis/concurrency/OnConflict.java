package org.minyi.chassis.concurrency;

import java.util.function.Supplier;

/** Reads, decides and writes again when a concurrent writer got there first (optimistic concurrency). */
public final class OnConflict {

    private static final int ATTEMPTS = 8;

    private OnConflict() {
    }

    /**
     * Runs {@code attempt} — which reads, decides and writes — again after a {@link ConcurrentWrite}, at
     * most eight times in all.
     */
    public static <T> T retry(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (ConcurrentWrite e) {
                if (i == ATTEMPTS) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
