package org.minyi.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Hands the shared containers to Spring through {@code @ServiceConnection} when the tests run on
 * Docker. The containers live for the whole JVM, so no context may stop them.
 */
@TestConfiguration(proxyBeanMethods = false)
@Conditional(ContainersConfiguration.OnContainers.class)
public class ContainersConfiguration {

    @Bean(destroyMethod = "")
    @ServiceConnection
    KafkaContainer kafkaContainer() {
        return TestInfrastructure.kafkaContainer();
    }

    @Bean(destroyMethod = "")
    @ServiceConnection
    MongoDBContainer mongoContainer() {
        return TestInfrastructure.mongoContainer();
    }

    static class OnContainers implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestInfrastructure.start().containers();
        }
    }
}
