package org.minyi.dashboard.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
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
            double count = 0;
            for (Counter counter : meters.find("minyi.kafka.dead.lettered").counters()) {
                count += counter.count();
            }
            return Health.up().withDetail("topic", KafkaConfiguration.DEAD_LETTERS)
                    .withDetail("deadLetteredSinceStart", (long) count).build();
        };
    }

    /** The current span's trace id; {@code null} without tracing, outside a span, or with a no-op tracer. */
    static String traceId(Tracer tracer) {
        Span span = tracer == null ? null : tracer.currentSpan();
        String traceId = span == null ? null : span.context().traceId();
        return traceId == null || traceId.isBlank() ? null : traceId;
    }
}
