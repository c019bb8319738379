package org.minyi.followup.handling.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.followup.NotificationRaised;
import org.minyi.events.followup.ReportClosed;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.followup.SatisfactionRated;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.followup.handling.application.Causation;
import org.minyi.followup.handling.application.OutboundEvents;
import org.minyi.followup.handling.domain.AllUnitsFedBack;
import org.minyi.followup.handling.domain.Assignment;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingClosed;
import org.minyi.followup.handling.domain.HandlingEvent;
import org.minyi.followup.handling.domain.HandlingReopened;
import org.minyi.followup.handling.domain.OverdueReminded;
import org.minyi.followup.handling.domain.ReportFacts;
import org.minyi.followup.handling.domain.SatisfactionRecorded;
import org.minyi.followup.handling.domain.Task;
import org.minyi.followup.handling.domain.TaskEscalated;
import org.minyi.followup.handling.domain.TaskOverdue;
import org.minyi.followup.handling.domain.TasksAssigned;
import org.minyi.followup.handling.domain.UnitUrged;
import org.minyi.followup.outbox.domain.OutboxMessage;

/**
 * Follow-up's domain events as integration events: each status change and flag on {@code report-status}
 * (codes only), handling outcomes on {@code followup.handling-events}, and what concerns a unit (or the
 * office) on {@code followup.notifications}. What concerns authors and stations — every status change
 * of their report — is raised by the journey, which follows {@code report-status}.
 */
public final class FollowUpIntegrationEvents implements OutboundEvents {

    static final URI SOURCE = URI.create("/minyi/follow-up");
    /** The office's principal (PRODUCT.md §5): escalated overdue tasks are its business. */
    static final String OFFICE = "office";

    private final Supplier<Map<String, String>> traceContext;

    /**
     * @param traceContext the current trace as W3C headers ({@code traceparent}), stored with each event so
     *                     that whoever handles it continues the same trace
     */
    public FollowUpIntegrationEvents(Supplier<Map<String, String>> traceContext) {
        this.traceContext = traceContext;
    }

    @Override
    public List<OutboxMessage> translate(List<? extends HandlingEvent> events, Handling handling, Causation causation) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (HandlingEvent event : events) {
            messages.addAll(translate(event, handling, causation));
        }
        return messages;
    }

    private List<OutboxMessage> translate(HandlingEvent event, Handling handling, Causation causation) {
        ReportFacts report = handling.report();
        if (event instanceof TasksAssigned assigned) {
            // the instruction or forward that assigned the tasks was the report's last announced status
            ReportStatus previous = assigned.kind() == Assignment.Kind.INSTRUCTION ? ReportStatus.INSTRUCTED
                    : ReportStatus.FORWARDED;
            List<OutboxMessage> messages = new ArrayList<>();
            messages.add(message(status(event, report, ReportStatus.IN_HANDLING, previous, "SYSTEM"),
                    ReportStatusChanged.TYPE, causation));
            for (String unit : units(assigned.tasks())) {
                messages.add(notice(event, report, unit, NotificationRaised.Kind.TASK_ASSIGNED,
                        ReportStatus.IN_HANDLING, List.of(unitPrincipal(unit)), causation));
            }
            return messages;
        }
        if (event instanceof AllUnitsFedBack handled) {
            ReportHandled outcome = new ReportHandled(derivedId(handled.eventId(), ReportHandled.TYPE.name()),
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
        if (event instanceof HandlingReopened reopened) {
            List<OutboxMessage> messages = new ArrayList<>();
            messages.add(message(status(event, report, ReportStatus.IN_HANDLING, ReportStatus.HANDLED,
                    reopened.by().role().name()), ReportStatusChanged.TYPE, causation));
            for (String unit : units(reopened.tasks())) {
                messages.add(notice(event, report, unit, NotificationRaised.Kind.REOPENED, ReportStatus.IN_HANDLING,
                        List.of(unitPrincipal(unit)), causation));
            }
            return messages;
        }
        if (event instanceof HandlingClosed closed) {
            ReportClosed statistics = new ReportClosed(derivedId(closed.eventId(), ReportClosed.TYPE.name()),
                    closed.reportId().value(), closed.sequence(), closed.occurredAt(), report.trackingNumber(),
                    ReportClosed.ClosedBy.valueOf(closed.how().name()),
                    closed.stages().stream().map(s -> new ReportClosed.Stage(ReportStatus.valueOf(s.stage().name()),
                            s.enteredAt())).toList());
            return List.of(message(status(event, report, ReportStatus.CLOSED, ReportStatus.HANDLED,
                            closed.closedBy().role().name()), ReportStatusChanged.TYPE, causation),
                    message(statistics, ReportClosed.TYPE, causation));
        }
        if (event instanceof TaskOverdue overdue) {
            return List.of(message(flag(event, report, ReportFlagged.Flag.OVERDUE, "SYSTEM", overdue.unit()),
                            ReportFlagged.TYPE, causation),
                    notice(event, report, overdue.unit(), NotificationRaised.Kind.TASK_OVERDUE, null,
                            List.of(unitPrincipal(overdue.unit())), causation));
        }
        if (event instanceof OverdueReminded reminded) {
            return List.of(notice(event, report, reminded.unit(), NotificationRaised.Kind.TASK_OVERDUE, null,
                    List.of(unitPrincipal(reminded.unit())), causation));
        }
        if (event instanceof TaskEscalated escalated) {
            return List.of(notice(event, report, escalated.unit(), NotificationRaised.Kind.TASK_OVERDUE, null,
                    List.of(OFFICE), causation));
        }
        if (event instanceof UnitUrged urged) {
            return List.of(message(flag(event, report, ReportFlagged.Flag.URGED, urged.by().role().name(),
                            urged.unit()), ReportFlagged.TYPE, causation),
                    notice(event, report, urged.unit(), NotificationRaised.Kind.TASK_URGED, null,
                            List.of(unitPrincipal(urged.unit())), causation));
        }
        throw new IllegalArgumentException("no integration event for " + event);
    }

    /** How a unit is named as a principal (PRODUCT.md §5: {@code unit-<unit>}). */
    static String unitPrincipal(String unit) {
        return "unit-" + unit;
    }

    private static Set<String> units(List<Task> tasks) {
        Set<String> units = new LinkedHashSet<>();
        tasks.forEach(t -> units.add(t.unit()));
        return units;
    }

    private static ReportStatusChanged status(HandlingEvent event, ReportFacts report, ReportStatus status,
                                              ReportStatus previous, String actorRole) {
        return new ReportStatusChanged(event.eventId(), event.reportId().value(), report.trackingNumber(), status,
                previous, event.sequence(), event.occurredAt(), report.township(), report.committee(),
                Category.valueOf(report.category().name()), actorRole);
    }

    private static ReportFlagged flag(HandlingEvent event, ReportFacts report, ReportFlagged.Flag flag,
                                      String actorRole, String unit) {
        return new ReportFlagged(event.eventId(), event.reportId().value(), report.trackingNumber(), flag,
                event.sequence(), event.occurredAt(), report.township(), report.committee(),
                Category.valueOf(report.category().name()), actorRole, unit, null, null);
    }

    private OutboxMessage notice(HandlingEvent event, ReportFacts report, String unit, NotificationRaised.Kind kind,
                                 ReportStatus status, List<String> recipients, Causation causation) {
        NotificationRaised raised = new NotificationRaised(
                derivedId(event.eventId(), NotificationRaised.TYPE.name() + "/" + unit), event.reportId().value(),
                event.sequence(), event.occurredAt(), report.trackingNumber(), recipients, kind, status, unit);
        return message(raised, NotificationRaised.TYPE, causation);
    }

    /** Another event announcing the same step gets an id of its own, derived so it is stable. */
    static UUID derivedId(UUID stepId, String discriminator) {
        return UUID.nameUUIDFromBytes((stepId + "/" + discriminator).getBytes(StandardCharsets.UTF_8));
    }

    private OutboxMessage message(ReportEvent event, EventType<?> type, Causation causation) {
        EventEnvelope envelope = EventEnvelope.of(event, type, SOURCE, causation.correlationId(),
                causation.causationId());
        Map<String, String> headers = new LinkedHashMap<>();
        envelope.toHeaders().forEach((name, value) -> headers.put(name, new String(value, StandardCharsets.UTF_8)));
        headers.putAll(traceContext.get());
        return new OutboxMessage(event.eventId().toString(), type.topic(), event.reportId(), headers,
                EventJson.writeString(event));
    }
}
