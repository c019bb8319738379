package org.minyi.chassis.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;

/**
 * Turns an integration event into the outbox message that carries it: the CloudEvents envelope (this
 * service as source, the current {@link Causation}), the trace context, the JSON payload, the report id
 * as key and the event type's topic as destination. A service's translator in {@code messaging/}
 * decides which events to send; this writes them the same way everywhere.
 */
public final class IntegrationEvents {

    private final URI source;
    private final Supplier<Map<String, String>> traceHeaders;

    public IntegrationEvents(URI source, Supplier<Map<String, String>> traceHeaders) {
        this.source = source;
        this.traceHeaders = traceHeaders;
    }

    /** This service, as {@code ce_source} names it (e.g. {@code /minyi/intake}). */
    public URI source() {
        return source;
    }

    public OutboxMessage message(ReportEvent event, EventType<?> type) {
        Causation causation = Causation.current();
        EventEnvelope envelope = EventEnvelope.of(event, type, source, causation.correlationId(),
                causation.causationId());
        Map<String, String> headers = new LinkedHashMap<>();
        envelope.toHeaders().forEach((name, value) -> headers.put(name, new String(value, StandardCharsets.UTF_8)));
        headers.putAll(traceHeaders.get());
        return new OutboxMessage(event.eventId().toString(), type.topic(), event.reportId(), headers,
                EventJson.writeString(event));
    }

    /** A second event announcing the same step gets an id of its own, derived so that it is stable. */
    public static UUID derivedId(UUID stepId, String discriminator) {
        return UUID.nameUUIDFromBytes((stepId + "/" + discriminator).getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #derivedId(UUID, String)} for the event type's name. */
    public static UUID derivedId(UUID stepId, EventType<?> type) {
        return derivedId(stepId, type.name());
    }
}
