package org.minyi.events;

import java.util.Objects;

/**
 * A logical event type: a stable, versioned name (never a Java class name), the record that is its
 * payload, and the topic that carries it.
 */
public record EventType<E extends ReportEvent>(String name, Class<E> payload, String topic) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(topic, "topic");
        if (!name.matches("minyi\\.[a-z]+\\.[A-Z][A-Za-z]+\\.v[1-9][0-9]*")) {
            throw new IllegalArgumentException("event type name must look like minyi.<producer>.<Event>.v<n>: " + name);
        }
    }

    public int version() {
        return Integer.parseInt(name.substring(name.lastIndexOf(".v") + 2));
    }
}
