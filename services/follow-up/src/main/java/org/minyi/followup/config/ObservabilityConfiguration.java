package org.minyi.followup.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Health that works on every MongoDB-wire server ({@code ping} rather than {@code hello}), and the
 * count of dead letters, which stays UP (a dead letter needs an operator, not a restart) but shows.
 */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return () -> {
            Document answer = mongo.executeCommand(new Document("ping", 1));
            return Health.up().withDetail("database", mongo.getDb().getName())
                    .withDetail("ping", answer.get("ok")).build();
        };
    }

    @Bean
    HealthIndicator deadLettersHealthIndicator(MeterRegistry meters) {
        return () -> {
            Counter counter = meters.find("minyi.kafka.dead.lettered").counter();
            long count = counter == null ? 0 : (long) counter.count();
            return Health.up().withDetail("topic", KafkaConfiguration.DEAD_LETTERS)
                    .withDetail("deadLetteredSinceStart", count).build();
        };
    }
}
