package org.minyi.chassis.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.util.backoff.BackOff;

/**
 * Topics the service creates (its own and its dead letters), and the error handling of every consumer
 * binding: retries and dead letters move from the binding into the listener container
 * ({@link DeadLetters}), the container route that never drops a record on a failed send.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class DeadLetterAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DeadLetters deadLetters(KafkaTemplate<String, byte[]> kafka, MessagingProperties settings, MeterRegistry meters,
                            @Value("${spring.application.name}") String service) {
        String topic = settings.getDeadLetters() != null ? settings.getDeadLetters() : service + ".dlt";
        return new DeadLetters(topic, kafka, settings, meters);
    }

    @Bean
    KafkaAdmin.NewTopics minyiTopics(MessagingProperties settings, DeadLetters deadLetters) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : settings.getTopics()) {
            topics.add(topic(name, settings));
        }
        topics.add(topic(deadLetters.topic(), settings));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /** Stays UP (a dead letter needs an operator, not a restart) but shows how many there were. */
    @Bean
    HealthIndicator deadLettersHealthIndicator(MeterRegistry meters, DeadLetters deadLetters) {
        return () -> {
            long count = (long) meters.find(DeadLetters.COUNTER).counters().stream().mapToDouble(Counter::count).sum();
            return Health.up().withDetail("topic", deadLetters.topic()).withDetail("deadLetteredSinceStart", count)
                    .build();
        };
    }

    private static NewTopic topic(String name, MessagingProperties settings) {
        return TopicBuilder.name(name).partitions(settings.getPartitions()).replicas(settings.getReplicationFactor())
                .build();
    }

    /** Every Spring Cloud Stream consumer binding gets the container's error handler. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ListenerContainerWithDlqAndRetryCustomizer.class)
    static class Bindings {

        @Bean
        ListenerContainerWithDlqAndRetryCustomizer deadLettersInTheContainer(DeadLetters deadLetters) {
            return new ListenerContainerWithDlqAndRetryCustomizer() {
                @Override
                public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName,
                                      String group,
                                      BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                                      BackOff backOff) {
                    container.setCommonErrorHandler(deadLetters.errorHandler());
                }

                @Override
                public boolean retryAndDlqInBinding(String destinationName, String group) {
                    return false;
                }
            };
        }
    }
}
