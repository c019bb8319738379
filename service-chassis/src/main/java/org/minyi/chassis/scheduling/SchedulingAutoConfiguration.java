package org.minyi.chassis.scheduling;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Leases in the service's own database and the factory of its leased schedules (no external scheduler). */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnBean(MongoTemplate.class)
public class SchedulingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(Leases.class)
    MongoLeases leases(MongoTemplate mongo) {
        return new MongoLeases(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    LeasedSchedules leasedSchedules(Leases leases, ObjectProvider<Clock> clock,
                                    @Value("${minyi.scheduler.enabled:true}") boolean enabled,
                                    @Value("${minyi.scheduler.lease-ttl:2m}") Duration ttl) {
        return new LeasedSchedules(leases, clock.getIfAvailable(Clock::systemUTC), enabled, ttl);
    }
}
