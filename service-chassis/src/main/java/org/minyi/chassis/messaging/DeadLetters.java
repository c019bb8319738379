package org.minyi.chassis.messaging;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What happens to a record that cannot be applied: a few retries with back-off on the consumer thread
 * (well inside {@code max.poll.interval.ms}), then the dead-letter topic with the error in Spring Kafka's
 * {@code kafka_dlt-*} headers, so the partition keeps moving; {@code minyi.kafka.dead.lettered} counts
 * them. Unreadable records go there at once. A record that failed because the database is away is not
 * poison: it is retried until the database is back (polled again between attempts, so the consumer
 * stays in its group), never dead-lettered.
 */
public final class DeadLetters {

    public static final String COUNTER = "minyi.kafka.dead.lettered";

    private final String topic;
    private final MessagingProperties settings;
    private final DeadLetterPublishingRecoverer recoverer;
    private final MeterRegistry meters;

    public DeadLetters(String topic, KafkaOperations<?, ?> kafka, MessagingProperties settings, MeterRegistry meters) {
        this.topic = topic;
        this.settings = settings;
        this.recoverer = new DeadLetterPublishingRecoverer(kafka, (record, e) -> new TopicPartition(topic, -1));
        this.meters = meters;
    }

    public String topic() {
        return topic;
    }

    /** The container's error handler: retries, then the dead letters; storage outages retried without end. */
    public DefaultErrorHandler errorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(settings.getRetryInitial().toMillis(), 2.0);
        backOff.setMaxElapsedTime(settings.getRetryFor().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(this::deadLetter, backOff);
        BackOff untilStorageIsBack = untilStorageIsBack(settings);
        handler.setBackOffFunction((record, e) -> storageAway(e) ? untilStorageIsBack : null);
        List<Class<? extends Exception>> poison = new ArrayList<>(List.of(
                EventEnvelope.MalformedEnvelopeException.class, EventJson.UnreadableEventException.class));
        for (Class<? extends Throwable> type : settings.getPoison()) {
            poison.add(type.asSubclass(Exception.class));
        }
        poison.forEach(handler::addNotRetryableExceptions);
        return handler;
    }

    /** Publishes the record to the dead letters, naming the error the service raised (not the binding's wrappers). */
    void deadLetter(ConsumerRecord<?, ?> record, Exception e) {
        Throwable cause = applicationCause(e);
        // as the container reports a listener's failure, so the headers read "Listener failed; <the error>"
        recoverer.accept(record, new ListenerExecutionFailedException("Listener failed", cause));
        Counter.builder(COUNTER).description("records sent to the dead-letter topic").tag("topic", record.topic())
                .register(meters).increment();
    }

    /** Retries without end, at most every {@code storage-retry-max}. */
    public static BackOff untilStorageIsBack(MessagingProperties settings) {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(settings.getStorageRetryMax().toMillis());
        return backOff;
    }

    /** Whether the failure is the database being unreachable, rather than something wrong with the record. */
    public static boolean storageAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    /** The exception under the container's and the binding's wrappers. */
    static Throwable applicationCause(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof MessagingException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
