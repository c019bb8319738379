package org.minyi.followup.outbox.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The current trace as the W3C headers ({@code traceparent}) that travel with an event: written into
 * the outbox with the event, published by the relay, and picked up by the consumer's observation, so
 * one trace runs from the request or event that caused a step through every service that handles it.
 */
public final class TracePropagation implements Supplier<Map<String, String>> {

    private final Tracer tracer;
    private final Propagator propagator;

    public TracePropagation(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
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
}
