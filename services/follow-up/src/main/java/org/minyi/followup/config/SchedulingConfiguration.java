package org.minyi.followup.config;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.minyi.followup.handling.application.WatchingDeadlines;
import org.minyi.followup.notification.application.DeliveringNotices;
import org.minyi.followup.scheduling.application.LeasedSchedule;
import org.minyi.followup.scheduling.persistence.MongoLeases;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The scheduler inside follow-up (no external one): deadlines, reminders, escalation and automatic
 * closing on one lease, deliveries on another, so that a slow channel never delays the deadlines.
 * Each replica ticks; only the lease holder works. {@code minyi.scheduler.enabled=false} stops this
 * replica from taking part.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    static final String DEADLINES = "follow-up-deadlines";
    static final String DELIVERIES = "follow-up-deliveries";

    @Bean
    MongoLeases leases(MongoTemplate mongo) {
        return new MongoLeases(mongo);
    }

    /** This replica, as lease owner: process and host, and a random part should two share both. */
    private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    @Bean(initMethod = "start", destroyMethod = "stop")
    LeasedSchedule deadlineSchedule(MongoLeases leases, WatchingDeadlines deadlines,
                                    Clock clock, @Value("${minyi.scheduler.enabled:true}") boolean enabled,
                                    @Value("${minyi.scheduler.every:30s}") Duration every,
                                    @Value("${minyi.scheduler.lease-ttl:2m}") Duration ttl) {
        return schedule(leases, DEADLINES, OWNER, ttl, every, clock, enabled,
                new LeasedSchedule.Job("deadlines", deadlines::watch));
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    LeasedSchedule deliverySchedule(MongoLeases leases, DeliveringNotices delivering,
                                    Clock clock, @Value("${minyi.scheduler.enabled:true}") boolean enabled,
                                    @Value("${minyi.notifications.deliver-every:2s}") Duration every,
                                    @Value("${minyi.scheduler.lease-ttl:2m}") Duration ttl) {
        return schedule(leases, DELIVERIES, OWNER, ttl, every, clock, enabled,
                new LeasedSchedule.Job("deliveries", delivering::deliverDue));
    }

    private static LeasedSchedule schedule(MongoLeases leases, String name, String owner, Duration ttl,
                                           Duration every, Clock clock, boolean enabled, LeasedSchedule.Job job) {
        // a replica that takes no part has no jobs: it neither ticks nor takes the lease
        return new LeasedSchedule(leases, name, owner, ttl, every, clock, enabled ? List.of(job) : List.of());
    }
}
