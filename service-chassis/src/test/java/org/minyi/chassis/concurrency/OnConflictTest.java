package org.minyi.chassis.concurrency;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A write that lost to a concurrent writer is decided again on what is stored now. */
class OnConflictTest {

    @Test
    void aLostWriteIsTriedAgainUntilItWins() {
        AtomicInteger attempts = new AtomicInteger();

        String result = OnConflict.retry(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new ConcurrentWrite("changed meanwhile");
            }
            return "stored";
        });

        assertThat(result).isEqualTo("stored");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void afterEightLostWritesTheConflictIsTheAnswer() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> OnConflict.retry(() -> {
            attempts.incrementAndGet();
            throw new ConcurrentWrite("changed meanwhile");
        })).isInstanceOf(ConcurrentWrite.class);
        assertThat(attempts).hasValue(8);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> OnConflict.retry(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("bad");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }
}
