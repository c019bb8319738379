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
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Topics follow-up produces, and what happens to a record that cannot be applied: a few retries with
 * back-off on the consumer thread (well inside {@code max.poll.interval.ms}), then the dead-letter
 * topic with the error in its headers, so the partition keeps moving. Unreadable records go there at
 * once; {@code minyi.kafka.dead.lettered} counts them. A record that failed because the database is
 * away is not poison: it is retried until the database is back (the record is polled again between
 * attempts, so the consumer stays in its group), never dead-lettered.
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
                topic(FollowUpTopics.NOTIFICATIONS, partitions, replicas),
                topic(DEAD_LETTERS, partitions, replicas));
    }

    @Bean
    CommonErrorHandler errorHandler(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(DEAD_LETTERS, -1));
        Counter deadLettered = Counter.builder("minyi.kafka.dead.lettered")
                .description("records sent to the dead-letter topic " + DEAD_LETTERS).register(meters);
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            deadLetters.accept(record, e);
            deadLettered.increment();
        }, backOff);
        BackOff untilStorageIsBack = untilStorageIsBack();
        handler.setBackOffFunction((record, e) -> storageAway(e) ? untilStorageIsBack : null);
        handler.addNotRetryableExceptions(EventEnvelope.MalformedEnvelopeException.class,
                EventJson.UnreadableEventException.class);
        return handler;
    }

    /** Retries without end, at most every 30 s. */
    static BackOff untilStorageIsBack() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    /** Whether the failure is the database being unreachable, rather than something wrong with the record. */
    static boolean storageAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    private static NewTopic topic(String name, int partitions, short replicas) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas).build();
    }
}
