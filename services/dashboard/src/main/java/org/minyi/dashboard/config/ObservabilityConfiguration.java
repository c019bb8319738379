package org.minyi.dashboard.config;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Health that works on every MongoDB-wire server: {@code ping} rather than {@code hello}. */
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
}
