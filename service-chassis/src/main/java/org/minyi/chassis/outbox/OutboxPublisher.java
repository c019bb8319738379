package org.minyi.chassis.outbox;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;

/** Sends one outbox message to the broker; the future completes when the broker acknowledged it. */
@FunctionalInterface
public interface OutboxPublisher {

    CompletableFuture<?> send(OutboxMessage message);

    /**
     * Through a Kafka template whose producer waits for every in-sync replica ({@code acks=all}) and is
     * idempotent, so a retried send neither loses nor reorders a report's events.
     */
    static OutboxPublisher kafka(KafkaTemplate<String, byte[]> kafka) {
        return message -> {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(message.destination(), null, message.key(),
                    message.payload().getBytes(StandardCharsets.UTF_8));
            message.headers().forEach((name, value) ->
                    record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
            try {
                return kafka.send(record);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
    }
}
