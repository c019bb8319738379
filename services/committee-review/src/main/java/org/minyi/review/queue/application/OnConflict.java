package org.minyi.review.queue.application;

import java.util.function.Supplier;

import org.minyi.review.queue.domain.ReviewItems;

/** Reads, decides and writes again when a concurrent writer got there first. */
public final class OnConflict {

    private static final int ATTEMPTS = 8;

    private OnConflict() {
    }

    public static <T> T retry(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (ReviewItems.ConcurrentUpdate e) {
                if (i == ATTEMPTS) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
