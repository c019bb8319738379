package org.minyi.followup.handling.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.followup.SatisfactionRated;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.followup.handling.application.Causation;
import org.minyi.followup.handling.application.OutboundEvents;
import org.minyi.followup.handling.domain.AllUnitsFedBack;
import org.minyi.followup.handling.domain.Assignment;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingClosed;
import org.minyi.followup.handling.domain.HandlingEvent;
import org.minyi.followup.handling.domain.OutboxMessage;
import org.minyi.followup.handling.domain.ReportFacts;
import org.minyi.followup.handling.domain.SatisfactionRecorded;
import org.minyi.followup.handling.domain.TasksAssigned;

/**
 * Follow-up's domain events as integration events: each status change on {@code report-status}
 * (codes only), the handling outcome and the rating on {@code followup.handling-events}.
 */
public final class FollowUpIntegrationEvents implements OutboundEvents {

    static final URI SOURCE = URI.create("/minyi/follow-up");

    @Override
    public List<OutboxMessage> translate(HandlingEvent event, Handling handling, Causation causation) {
        ReportFacts report = handling.report();
        if (event instanceof TasksAssigned assigned) {
            // the instruction or forward that assigned the tasks was the report's last announced status
            ReportStatus previous = assigned.kind() == Assignment.Kind.INSTRUCTION ? ReportStatus.INSTRUCTED
                    : ReportStatus.FORWARDED;
            return List.of(message(status(event, report, ReportStatus.IN_HANDLING, previous, "SYSTEM"),
                    ReportStatusChanged.TYPE, causation));
        }
        if (event instanceof AllUnitsFedBack handled) {
            ReportHandled outcome = new ReportHandled(derivedId(handled.eventId(), ReportHandled.TYPE),
                    handled.reportId().value(), handled.sequence(), handled.occurredAt(), report.trackingNumber(),
                    handled.tasks().stream().map(t -> new ReportHandled.UnitFeedback(t.unit(),
                            AssignedUnit.Role.valueOf(t.role().name()),
                            ReportHandled.Result.valueOf(t.feedback().result().name()), t.feedback().at())).toList());
            return List.of(
                    message(status(event, report, ReportStatus.HANDLED, ReportStatus.IN_HANDLING,
                            handled.lastBy().role().name()), ReportStatusChanged.TYPE, causation),
                    message(outcome, ReportHandled.TYPE, causation));
        }
        if (event instanceof SatisfactionRecorded rated) {
            SatisfactionRated rating = new SatisfactionRated(rated.eventId(), rated.reportId().value(),
                    rated.sequence(), rated.occurredAt(), report.trackingNumber(),
                    SatisfactionRated.Rating.valueOf(rated.satisfaction().rating().name()),
                    rated.satisfaction().ratedBy());
            return List.of(message(rating, SatisfactionRated.TYPE, causation));
        }
        if (event instanceof HandlingClosed closed) {
            return List.of(message(status(event, report, ReportStatus.CLOSED, ReportStatus.HANDLED,
                    closed.closedBy().role().name()), ReportStatusChanged.TYPE, causation));
        }
        throw new IllegalArgumentException("no integration event for " + event);
    }

    private static ReportStatusChanged status(HandlingEvent event, ReportFacts report, ReportStatus status,
                                              ReportStatus previous, String actorRole) {
        return new ReportStatusChanged(event.eventId(), event.reportId().value(), report.trackingNumber(), status,
                previous, event.sequence(), event.occurredAt(), report.township(), report.committee(),
                Category.valueOf(report.category().name()), actorRole);
    }

    /** A second event announcing the same step gets an id of its own, derived so it is stable. */
    static UUID derivedId(UUID stepId, EventType<?> type) {
        return UUID.nameUUIDFromBytes((stepId + "/" + type.name()).getBytes(StandardCharsets.UTF_8));
    }

    private static OutboxMessage message(ReportEvent event, EventType<?> type, Causation causation) {
        EventEnvelope envelope = EventEnvelope.of(event, type, SOURCE, causation.correlationId(),
                causation.causationId());
        Map<String, String> headers = new LinkedHashMap<>();
        envelope.toHeaders().forEach((name, value) -> headers.put(name, new String(value, StandardCharsets.UTF_8)));
        return new OutboxMessage(event.eventId().toString(), type.topic(), event.reportId(), headers,
                EventJson.writeString(event));
    }
}
