package org.minyi.dashboard;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes events as their producers do: keyed by report id, with the CloudEvents envelope in headers. */
final class Announcer {

    private final KafkaTemplate<String, byte[]> kafka;

    Announcer(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    <E extends ReportEvent> void announce(E event, EventType<E> type, String source) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.reportId(), EventJson.write(event));
        EventEnvelope.of(event, type, URI.create("/minyi/" + source), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        kafka.send(record).get(10, TimeUnit.SECONDS);
    }

    /** A record whose headers name {@code type} but whose body cannot be read. */
    <E extends ReportEvent> void announceUnreadable(E event, EventType<E> type, String source) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.reportId(),
                "{\"eventId\": \"broken".getBytes(StandardCharsets.UTF_8));
        EventEnvelope.of(event, type, URI.create("/minyi/" + source), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        kafka.send(record).get(10, TimeUnit.SECONDS);
    }
}
