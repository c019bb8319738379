package org.minyi.dashboard.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.minyi.dashboard.assessment.messaging.UnusableEvent;
import org.minyi.dashboard.board.messaging.ReportStatusListener;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
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
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The dashboard produces only its dead-letter topic. A record that cannot be applied is retried a few
 * times with back-off, then goes there with the error in its headers, so the partition keeps moving;
 * an unreadable record goes at once. While the database is away, records are retried until it is back
 * instead: they are not poison, and the board must not lose them.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    static final String DEAD_LETTERS = "dashboard.dlt";

    @Bean
    KafkaAdmin.NewTopics dashboardTopics(@Value("${minyi.kafka.partitions}") int partitions,
                                         @Value("${minyi.kafka.replication-factor}") short replicas) {
        NewTopic deadLetters = TopicBuilder.name(DEAD_LETTERS).partitions(partitions).replicas(replicas).build();
        return new KafkaAdmin.NewTopics(deadLetters);
    }

    @Bean
    CommonErrorHandler errorHandler(KafkaTemplate<String, byte[]> kafka, MeterRegistry meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, e) -> new TopicPartition(DEAD_LETTERS, -1));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, e) -> {
            deadLetters.accept(record, e);
            Counter.builder("minyi.kafka.dead.lettered").tag("topic", record.topic())
                    .description("records sent to the dead-letter topic").register(meters).increment();
        }, backOff);
        handler.addNotRetryableExceptions(EventEnvelope.MalformedEnvelopeException.class,
                EventJson.UnreadableEventException.class, ReportStatusListener.UnusableStatusEvent.class,
                UnusableEvent.class);
        ExponentialBackOff untilStorageIsBack = new ExponentialBackOff(500, 2.0);
        untilStorageIsBack.setMaxInterval(10_000);
        untilStorageIsBack.setMaxElapsedTime(Long.MAX_VALUE);
        handler.setBackOffFunction((record, e) -> storageAway(e) ? untilStorageIsBack : null);
        return handler;
    }

    private static boolean storageAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }
}
