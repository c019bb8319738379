package org.minyi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every report lifecycle event carries (PRODUCT.md §3): its own id, the report it concerns,
 * when it happened, and the report's causal {@code sequence}.
 */
public interface ReportEvent {

    UUID eventId();

    String reportId();

    long sequence();

    Instant occurredAt();
}
