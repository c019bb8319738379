package org.minyi.dashboard.handling.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts facts taken in: {@code minyi_dashboard_handling_facts_total{kind, outcome=recorded|unchanged}}. */
final class HandlingFactsTaken {

    private final MeterRegistry meters;

    HandlingFactsTaken(MeterRegistry meters) {
        this.meters = meters;
    }

    void count(String kind, boolean recorded) {
        Counter.builder("minyi.dashboard.handling.facts").tag("kind", kind)
                .tag("outcome", recorded ? "recorded" : "unchanged")
                .description("facts taken in for the handling units' record, by whether they changed anything")
                .register(meters).increment();
    }
}
