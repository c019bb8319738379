package org.minyi.review;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The consumer spans the service ended, kept in memory (the last thousand) so that a test can see which
 * trace a consumed record was handled in. Added to the tracer provider beside Boot's own processors.
 */
public final class RecordedSpans implements SpanProcessor {

    private static final int KEPT = 1000;

    private final ConcurrentLinkedDeque<SpanData> consumers = new ConcurrentLinkedDeque<>();

    public List<SpanData> consumers() {
        return List.copyOf(consumers);
    }

    @Override
    public void onStart(Context parent, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        if (span.getKind() == SpanKind.CONSUMER) {
            consumers.add(span.toSpanData());
            while (consumers.size() > KEPT) {
                consumers.pollFirst();
            }
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        RecordedSpans recordedSpans() {
            return new RecordedSpans();
        }
    }
}
