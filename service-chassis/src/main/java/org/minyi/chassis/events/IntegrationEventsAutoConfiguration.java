package org.minyi.chassis.events;

import java.net.URI;
import java.time.Clock;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock and the writer of its integration events: {@code ce_source} is
 * {@code /minyi/<spring.application.name>}, and the trace travels with each event when tracing is on.
 */
@AutoConfiguration
public class IntegrationEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    IntegrationEvents integrationEvents(@Value("${minyi.events.source:/minyi/${spring.application.name}}") URI source,
                                        ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer currentTracer = tracer.getIfAvailable();
        Propagator currentPropagator = propagator.getIfAvailable();
        return new IntegrationEvents(source, currentTracer == null || currentPropagator == null ? TraceHeaders.none()
                : new TraceHeaders(currentTracer, currentPropagator));
    }
}
