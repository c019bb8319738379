package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.UUID;

/** What a handling decided happened. */
public sealed interface HandlingEvent permits TasksAssigned, AllUnitsFedBack, SatisfactionRecorded, HandlingClosed {

    UUID eventId();

    ReportId reportId();

    long sequence();

    Instant occurredAt();
}
