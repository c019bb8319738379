package org.minyi.chassis.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeasedScheduleTest {

    /** One lease held by whoever took it last until it expires. */
    private static final class OneLease implements Leases {
        String owner;
        Instant expiresAt = Instant.EPOCH;

        @Override
        public synchronized boolean acquire(String name, String candidate, Instant now, Duration ttl) {
            if (candidate.equals(owner) || !now.isBefore(expiresAt)) {
                owner = candidate;
                expiresAt = now.plus(ttl);
                return true;
            }
            return false;
        }

        @Override
        public synchronized void release(String name, String holder) {
            if (holder.equals(owner)) {
                expiresAt = Instant.EPOCH;
            }
        }
    }

    private static final Instant T0 = Instant.parse("2026-03-15T08:30:00Z");

    @Test
    void onlyTheReplicaHoldingTheLeaseRunsItsJobsAndAnotherTakesOverWhenItStops() {
        OneLease lease = new OneLease();
        AtomicInteger ranA = new AtomicInteger();
        AtomicInteger ranB = new AtomicInteger();
        Duration ttl = Duration.ofMinutes(2);
        LeasedSchedule a = new LeasedSchedule(lease, "deadlines", "a", ttl, Duration.ofSeconds(30),
                Clock.fixed(T0, ZoneOffset.UTC), List.of(new LeasedSchedule.Job("count", ranA::incrementAndGet)));
        LeasedSchedule b = new LeasedSchedule(lease, "deadlines", "b", ttl, Duration.ofSeconds(30),
                Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC),
                List.of(new LeasedSchedule.Job("count", ranB::incrementAndGet)));

        assertThat(a.tick()).isTrue();
        assertThat(b.tick()).isFalse();
        assertThat(a.tick()).isTrue();
        a.stop();
        assertThat(b.tick()).as("released on stop").isTrue();

        assertThat(ranA).hasValue(2);
        assertThat(ranB).hasValue(1);
    }

    @Test
    void aFailingJobDoesNotStopTheOthersNorTheNextTick() {
        AtomicInteger ran = new AtomicInteger();
        LeasedSchedule schedule = new LeasedSchedule(new OneLease(), "deadlines", "a", Duration.ofMinutes(2),
                Duration.ofSeconds(30), Clock.fixed(T0, ZoneOffset.UTC), List.of(
                new LeasedSchedule.Job("broken", () -> {
                    throw new IllegalStateException("boom");
                }),
                new LeasedSchedule.Job("count", ran::incrementAndGet)));

        assertThat(schedule.tick()).isTrue();
        assertThat(schedule.tick()).isTrue();
        assertThat(ran).hasValue(2);
    }

    @Test
    void theLeaseMustOutliveATick() {
        assertThatThrownBy(() -> new LeasedSchedule(new OneLease(), "x", "a", Duration.ofSeconds(30),
                Duration.ofSeconds(30), Clock.systemUTC(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
