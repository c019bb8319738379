package org.minyi.chassis.scheduling;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Makes a service's periodic schedules, all on the same leases and settings: {@code minyi.scheduler.enabled}
 * (false: this replica takes no part), {@code minyi.scheduler.lease-ttl}. Start and stop each schedule with
 * its bean ({@code initMethod = "start", destroyMethod = "stop"}).
 */
public final class LeasedSchedules {

    /** This replica, as lease owner: process and host, and a random part should two share both. */
    private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    private final Leases leases;
    private final Clock clock;
    private final boolean enabled;
    private final Duration ttl;

    public LeasedSchedules(Leases leases, Clock clock, boolean enabled, Duration ttl) {
        this.leases = leases;
        this.clock = clock;
        this.enabled = enabled;
        this.ttl = ttl;
    }

    /** A schedule that runs {@code jobs} every {@code every} on the replica holding the lease {@code lease}. */
    public LeasedSchedule schedule(String lease, Duration every, LeasedSchedule.Job... jobs) {
        // a replica that takes no part has no jobs: it neither ticks nor takes the lease
        return new LeasedSchedule(leases, lease, OWNER, ttl, every, clock, enabled ? List.of(jobs) : List.of());
    }
}
