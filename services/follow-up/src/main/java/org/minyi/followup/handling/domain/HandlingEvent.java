package org.minyi.followup.handling.domain;

import java.time.Instant;
import java.util.UUID;

/** What a handling decided happened. */
public sealed interface HandlingEvent permits TasksAssigned, AllUnitsFedBack, SatisfactionRecorded, HandlingReopened,
        HandlingClosed, TaskOverdue, OverdueReminded, TaskEscalated, UnitUrged {

    UUID eventId();

    ReportId reportId();

    long sequence();

    Instant occurredAt();
}
