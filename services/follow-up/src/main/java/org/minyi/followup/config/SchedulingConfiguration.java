package org.minyi.followup.config;

import java.time.Duration;

import org.minyi.chassis.scheduling.LeasedSchedule;
import org.minyi.chassis.scheduling.LeasedSchedules;
import org.minyi.followup.handling.application.WatchingDeadlines;
import org.minyi.followup.notification.application.DeliveringNotices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduler inside follow-up (the chassis' leased schedules, no external one): deadlines, reminders,
 * escalation and automatic closing on one lease, deliveries on another, so that a slow channel never
 * delays the deadlines. Each replica ticks; only the lease holder works.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    static final String DEADLINES = "follow-up-deadlines";
    static final String DELIVERIES = "follow-up-deliveries";

    @Bean(initMethod = "start", destroyMethod = "stop")
    LeasedSchedule deadlineSchedule(LeasedSchedules schedules, WatchingDeadlines deadlines,
                                    @Value("${minyi.scheduler.every:30s}") Duration every) {
        return schedules.schedule(DEADLINES, every, new LeasedSchedule.Job("deadlines", deadlines::watch));
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    LeasedSchedule deliverySchedule(LeasedSchedules schedules, DeliveringNotices delivering,
                                    @Value("${minyi.notifications.deliver-every:2s}") Duration every) {
        return schedules.schedule(DELIVERIES, every, new LeasedSchedule.Job("deliveries", delivering::deliverDue));
    }
}
