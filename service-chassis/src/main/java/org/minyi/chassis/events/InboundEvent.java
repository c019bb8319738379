package org.minyi.chassis.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * One consumed record as a binding hands it over: its CloudEvents envelope (read from the Kafka
 * headers), its payload, and the headers beside them (such as {@code traceparent}).
 *
 * <p>Spring Cloud Function presents CloudEvents headers with a {@code ce-} prefix where Kafka carries
 * {@code ce_}; both are read. A record whose headers make no valid envelope is poison:
 * {@link EventEnvelope.MalformedEnvelopeException} sends it to the dead letters.
 */
public final class InboundEvent {

    private final MessageHeaders headers;
    private final byte[] payload;
    private final EventEnvelope envelope;

    private InboundEvent(MessageHeaders headers, byte[] payload) {
        this.headers = headers;
        this.payload = payload;
        this.envelope = EventEnvelope.fromHeaders(this::header);
    }

    public static InboundEvent of(Message<byte[]> message) {
        return new InboundEvent(message.getHeaders(), message.getPayload());
    }

    /**
     * A binding's consumer: reads each record's envelope and hands it to {@code handler} with the
     * record's causation (its correlation, caused by this event) as the current one.
     */
    public static Consumer<Message<byte[]>> consumer(Consumer<InboundEvent> handler) {
        return message -> {
            InboundEvent event = of(message);
            event.causation().within(() -> handler.accept(event));
        };
    }

    public EventEnvelope envelope() {
        return envelope;
    }

    /** Whether this record carries an event of {@code type} (other types on the topic are skipped). */
    public boolean is(EventType<?> type) {
        return type.name().equals(envelope.type());
    }

    /**
     * The payload as {@code type}.
     *
     * @throws EventJson.UnreadableEventException when it is not one
     */
    public <T extends ReportEvent> T read(EventType<T> type) {
        return EventJson.read(payload, type);
    }

    /** The payload as {@code type} when the record carries one, else nothing. */
    public <T extends ReportEvent> Optional<T> as(EventType<T> type) {
        return is(type) ? Optional.of(read(type)) : Optional.empty();
    }

    /** The causation of work this event sets off: the same correlation, caused by this event. */
    public Causation causation() {
        return new Causation(envelope.correlationId(), envelope.id().toString());
    }

    /** A header beside the envelope, as UTF-8 text. */
    public Optional<String> text(String name) {
        byte[] value = header(name);
        return value == null ? Optional.empty() : Optional.of(new String(value, StandardCharsets.UTF_8));
    }

    private byte[] header(String name) {
        Object value = headers.get(name);
        if (value == null && name.startsWith("ce_")) {
            value = headers.get("ce-" + name.substring(3));
        }
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        return value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8);
    }
}
