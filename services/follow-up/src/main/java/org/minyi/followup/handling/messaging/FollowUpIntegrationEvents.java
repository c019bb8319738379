package org.minyi.followup.handling.messaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.events.followup.NotificationRaised;
import org.minyi.events.followup.ReportClosed;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.followup.SatisfactionRated;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.followup.handling.domain.Actor;
import org.minyi.followup.handling.domain.AllUnitsFedBack;
import org.minyi.followup.handling.domain.Assignment;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingClosed;
import org.minyi.followup.handling.domain.HandlingEvent;
import org.minyi.followup.handling.domain.HandlingReopened;
import org.minyi.followup.handling.domain.OverdueReminded;
import org.minyi.followup.handling.domain.ReportFacts;
import org.minyi.followup.handling.domain.Role;
import org.minyi.followup.handling.domain.SatisfactionRecorded;
import org.minyi.followup.handling.domain.Task;
import org.minyi.followup.handling.domain.TaskEscalated;
import org.minyi.followup.handling.domain.TaskOverdue;
import org.minyi.followup.handling.domain.TasksAssigned;
import org.minyi.followup.handling.domain.UnitUrged;

/**
 * Follow-up's domain events as integration events: each status change and flag on {@code report-status}
 * (codes only), handling outcomes on {@code followup.handling-events}, and what concerns a unit (or the
 * office) on {@code followup.notifications}. Every status change and flag names its actor: the principal
 * who acted, or {@code system} for a step the service took by itself or because of an event. What concerns
 * authors and stations — every status change of their report — and the work notices to reviewers and
 * leaders are raised by the journey, which follows {@code report-status} and {@code review.review-events}.
 */
public final class FollowUpIntegrationEvents implements EventTranslation<Handling, HandlingEvent> {

    /** The office's principal (PRODUCT.md §5): escalated overdue tasks are its business. */
    static final String OFFICE = "office";
    /** The actor of automatic steps on {@code report-status}. */
    static final String SYSTEM = "system";

    private final IntegrationEvents events;

    public FollowUpIntegrationEvents(IntegrationEvents events) {
        this.events = events;
    }

    @Override
    public List<OutboxMessage> translate(Handling handling, List<? extends HandlingEvent> decided) {
        List<OutboxMessage> messages = new ArrayList<>();
        for (HandlingEvent event : decided) {
            messages.addAll(translate(event, handling));
        }
        return messages;
    }

    private List<OutboxMessage> translate(HandlingEvent event, Handling handling) {
        ReportFacts report = handling.report();
        if (event instanceof TasksAssigned assigned) {
            // the instruction, forward or transfer that assigned the tasks was the report's last announced status
            ReportStatus previous = assigned.kind() == Assignment.Kind.INSTRUCTION ? ReportStatus.INSTRUCTED
                    : ReportStatus.FORWARDED;
            List<OutboxMessage> messages = new ArrayList<>();
            messages.add(events.message(status(event, report, ReportStatus.IN_HANDLING, previous, Actor.system()),
                    ReportStatusChanged.TYPE));
            // new tasks and tasks a unit already had, joined by this assignment: the unit is told either way
            for (String unit : units(assigned.tasks())) {
                messages.add(notice(event, report, unit, NotificationRaised.Kind.TASK_ASSIGNED,
                        ReportStatus.IN_HANDLING, List.of(unitPrincipal(unit))));
            }
            return messages;
        }
        if (event instanceof AllUnitsFedBack handled) {
            ReportHandled outcome = new ReportHandled(
                    IntegrationEvents.derivedId(handled.eventId(), ReportHandled.TYPE), handled.reportId().value(),
                    handled.sequence(), handled.occurredAt(), report.trackingNumber(),
                    handled.tasks().stream().map(t -> new ReportHandled.UnitFeedback(t.unit(),
                            AssignedUnit.Role.valueOf(t.role().name()),
                            ReportHandled.Result.valueOf(t.feedback().result().name()), t.feedback().at())).toList());
            return List.of(
                    events.message(status(event, report, ReportStatus.HANDLED, ReportStatus.IN_HANDLING,
                            handled.lastBy()), ReportStatusChanged.TYPE),
                    events.message(outcome, ReportHandled.TYPE));
        }
        if (event instanceof SatisfactionRecorded rated) {
            SatisfactionRated rating = new SatisfactionRated(rated.eventId(), rated.reportId().value(),
                    rated.sequence(), rated.occurredAt(), report.trackingNumber(),
                    SatisfactionRated.Rating.valueOf(rated.satisfaction().rating().name()),
                    rated.satisfaction().ratedBy());
            return List.of(events.message(rating, SatisfactionRated.TYPE));
        }
        if (event instanceof HandlingReopened reopened) {
            List<OutboxMessage> messages = new ArrayList<>();
            messages.add(events.message(status(event, report, ReportStatus.IN_HANDLING, ReportStatus.HANDLED,
                    reopened.by()), ReportStatusChanged.TYPE));
            for (String unit : units(reopened.tasks())) {
                messages.add(notice(event, report, unit, NotificationRaised.Kind.REOPENED, ReportStatus.IN_HANDLING,
                        List.of(unitPrincipal(unit))));
            }
            return messages;
        }
        if (event instanceof HandlingClosed closed) {
            ReportClosed statistics = new ReportClosed(IntegrationEvents.derivedId(closed.eventId(), ReportClosed.TYPE),
                    closed.reportId().value(), closed.sequence(), closed.occurredAt(), report.trackingNumber(),
                    ReportClosed.ClosedBy.valueOf(closed.how().name()),
                    closed.stages().stream().map(s -> new ReportClosed.Stage(ReportStatus.valueOf(s.stage().name()),
                            s.enteredAt())).toList());
            return List.of(events.message(status(event, report, ReportStatus.CLOSED, ReportStatus.HANDLED,
                            closed.closedBy()), ReportStatusChanged.TYPE),
                    events.message(statistics, ReportClosed.TYPE));
        }
        if (event instanceof TaskOverdue overdue) {
            return List.of(events.message(flag(event, report, ReportFlagged.Flag.OVERDUE, Actor.system(),
                            overdue.unit()), ReportFlagged.TYPE),
                    notice(event, report, overdue.unit(), NotificationRaised.Kind.TASK_OVERDUE, null,
                            List.of(unitPrincipal(overdue.unit()))));
        }
        if (event instanceof OverdueReminded reminded) {
            return List.of(notice(event, report, reminded.unit(), NotificationRaised.Kind.TASK_OVERDUE, null,
                    List.of(unitPrincipal(reminded.unit()))));
        }
        if (event instanceof TaskEscalated escalated) {
            return List.of(notice(event, report, escalated.unit(), NotificationRaised.Kind.TASK_OVERDUE, null,
                    List.of(OFFICE)));
        }
        if (event instanceof UnitUrged urged) {
            return List.of(events.message(flag(event, report, ReportFlagged.Flag.URGED, urged.by(), urged.unit()),
                            ReportFlagged.TYPE),
                    notice(event, report, urged.unit(), NotificationRaised.Kind.TASK_URGED, null,
                            List.of(unitPrincipal(urged.unit()))));
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

    /** Who acted, as {@code report-status} names it: the principal, or {@code system} for automatic steps. */
    static String actorOf(Actor actor) {
        return actor.is(Role.SYSTEM) ? SYSTEM : actor.principal();
    }

    private static ReportStatusChanged status(HandlingEvent event, ReportFacts report, ReportStatus status,
                                              ReportStatus previous, Actor actor) {
        return new ReportStatusChanged(event.eventId(), event.reportId().value(), report.trackingNumber(), status,
                previous, event.sequence(), event.occurredAt(), report.township(), report.committee(),
                Category.valueOf(report.category().name()), actor.role().name(), null, actorOf(actor));
    }

    private static ReportFlagged flag(HandlingEvent event, ReportFacts report, ReportFlagged.Flag flag, Actor actor,
                                      String unit) {
        return new ReportFlagged(event.eventId(), event.reportId().value(), report.trackingNumber(), flag,
                event.sequence(), event.occurredAt(), report.township(), report.committee(),
                Category.valueOf(report.category().name()), actor.role().name(), unit, null, null, actorOf(actor));
    }

    private OutboxMessage notice(HandlingEvent event, ReportFacts report, String unit, NotificationRaised.Kind kind,
                                 ReportStatus status, List<String> recipients) {
        // one notice per unit of the step: its id is derived from the step's and the unit, stable across retries
        NotificationRaised raised = new NotificationRaised(
                IntegrationEvents.derivedId(event.eventId(), NotificationRaised.TYPE.name() + "/" + unit),
                event.reportId().value(), event.sequence(), event.occurredAt(), report.trackingNumber(), recipients,
                kind, status, unit);
        return events.message(raised, NotificationRaised.TYPE);
    }
}
