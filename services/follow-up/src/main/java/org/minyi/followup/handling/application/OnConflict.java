package org.minyi.followup.handling.application;

import java.util.function.Supplier;

import org.minyi.followup.handling.domain.Handlings;

/** Reads, decides and writes again when a concurrent writer got there first. */
final class OnConflict {

    private static final int ATTEMPTS = 8;

    private OnConflict() {
    }

    static <T> T retry(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (Handlings.ConcurrentUpdate | Handlings.AlreadyHeld e) {
                if (i == ATTEMPTS) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
