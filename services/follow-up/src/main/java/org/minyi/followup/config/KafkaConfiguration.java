package org.minyi.followup.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.followup.FollowUpTopics;
import org.minyi.events.status.ReportStatusTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Topics follow-up produces, and what happens to a record that cannot be applied: a few retries with
 * back-off on the consumer thread (well inside {@code max.poll.interval.ms}), then the dead-letter
 * topic with the error in its headers, so the partition keeps moving; {@code minyi.dlt.records}
 * counts them. Unreadable records go there at once.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    static final String DEAD_LETTERS = "follow-up.dlt";

    @Bean
    KafkaAdmin.NewTopics followUpTopics(@Value("${minyi.kafka.partitions}") int partitions,
                                        @Value("${minyi.kafka.replication-factor}") short replicas) {
        return new KafkaAdmin.NewTopics(
                topic(ReportStatusTopic.NAME, partitions, replicas),
                topic(FollowUpTopics.HANDLING_EVENTS, partitions, replicas),
                topic(DEAD_LETTERS, partitions, replicas));
    }

    @Bean
    CommonErrorHandler errorHandler(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(DEAD_LETTERS, -1));
        Counter dead = Counter.builder("minyi.dlt.records").description("records sent to the dead-letter topic")
                .register(meters);
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            deadLetters.accept(record, e);
            dead.increment();
        }, backOff);
        handler.addNotRetryableExceptions(EventEnvelope.MalformedEnvelopeException.class,
                EventJson.UnreadableEventException.class);
        return handler;
    }

    private static NewTopic topic(String name, int partitions, short replicas) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas).build();
    }
}
