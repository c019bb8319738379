package org.minyi.leadership.inbox.application;

import java.util.function.Supplier;

import org.minyi.leadership.inbox.domain.InboxItems;

/** Reads, decides and writes again when a concurrent writer got there first. */
final class OnConflict {

    private static final int ATTEMPTS = 8;

    private OnConflict() {
    }

    static <T> T retry(Supplier<T> attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.get();
            } catch (InboxItems.ConcurrentUpdate e) {
                if (i == ATTEMPTS) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }
}
