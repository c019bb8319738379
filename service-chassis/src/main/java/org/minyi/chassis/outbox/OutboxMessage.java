package org.minyi.chassis.outbox;

import java.util.Map;
import java.util.Objects;

/**
 * An event on its way out, stored inside the aggregate's own document so that the state change and
 * the events it causes are written at once; the relay publishes it afterwards.
 *
 * @param id          the event id
 * @param destination the topic it is published to
 * @param key         the partitioning key (the report id), so one report's events stay in order
 * @param headers     metadata headers (CloudEvents, trace context), as text
 * @param payload     the serialized event, as text
 */
public record OutboxMessage(String id, String destination, String key, Map<String, String> headers, String payload) {

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(key, "key");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(payload, "payload");
    }
}
