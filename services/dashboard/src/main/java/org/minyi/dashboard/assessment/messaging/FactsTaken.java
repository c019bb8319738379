package org.minyi.dashboard.assessment.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts facts taken in: {@code minyi_dashboard_facts_total{kind, outcome=recorded|unchanged}}. */
final class FactsTaken {

    private final MeterRegistry meters;

    FactsTaken(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(String kind, boolean recorded) {
        Counter.builder("minyi.dashboard.facts").tag("kind", kind).tag("outcome", recorded ? "recorded" : "unchanged")
                .description("facts taken in for duties and points, by whether they changed anything")
                .register(meters).increment();
    }
}
