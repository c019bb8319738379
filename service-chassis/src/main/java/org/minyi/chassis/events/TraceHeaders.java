package org.minyi.chassis.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The current trace as the W3C headers ({@code traceparent}) that travel with an event: written into
 * the outbox with the event, published by the relay, and picked up by the consumer's observation, so
 * one trace runs from {@code POST /api/reports} through every service that handles the report.
 */
public final class TraceHeaders implements Supplier<Map<String, String>> {

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceHeaders(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** No tracing: no headers. */
    public static Supplier<Map<String, String>> none() {
        return Map::of;
    }

    @Override
    public Map<String, String> get() {
        TraceContext context = tracer.currentTraceContext().context();
        Map<String, String> headers = new LinkedHashMap<>();
        if (context != null) {
            propagator.inject(context, headers, Map::put);
        }
        return headers;
    }

    /** The current trace id, or {@code null} outside a trace. */
    public static String traceId(Tracer tracer) {
        if (tracer == null || tracer.currentSpan() == null) {
            return null;
        }
        String id = tracer.currentSpan().context().traceId();
        return id == null || id.isBlank() ? null : id;
    }
}
