package org.minyi.dashboard.handling.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.dashboard.handling.domain.Assignment;
import org.minyi.dashboard.handling.domain.HandledReport;
import org.minyi.dashboard.handling.domain.Rating;
import org.minyi.dashboard.handling.domain.Reopening;
import org.minyi.dashboard.handling.domain.Result;
import org.minyi.dashboard.handling.domain.Satisfaction;
import org.minyi.dashboard.handling.domain.TaskRole;
import org.minyi.dashboard.handling.domain.UnitFlag;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.followup.SatisfactionRated;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.leadership.ReportForwarded;
import org.minyi.events.review.ReportTransferred;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;

/**
 * Turns the shared-events records into the units' record's facts: codes, times and the county's days, never
 * text. An assignment that names no unit gives no task (follow-up gives none either) and is skipped, as is a
 * unit entry without its code; a role other than LEAD is SUPPORT, as follow-up reads it.
 */
final class HandlingTranslation {

    private final CountyCalendar calendar;

    HandlingTranslation(CountyCalendar calendar) {
        this.calendar = calendar;
    }

    Optional<Assignment> assignment(InstructionIssued e) {
        return assignment(e.eventId(), e.reportId(), e.report(), e.sequence(), e.occurredAt(), e.units());
    }

    Optional<Assignment> assignment(ReportForwarded e) {
        return assignment(e.eventId(), e.reportId(), e.report(), e.sequence(), e.occurredAt(), e.units());
    }

    Optional<Assignment> assignment(ReportTransferred e) {
        return assignment(e.eventId(), e.reportId(), e.report(), e.sequence(), e.occurredAt(), e.units());
    }

    HandledReport handled(ReportHandled e) {
        return guarded(e.eventId(), () -> new HandledReport(e.eventId(), e.reportId(), e.trackingNumber(),
                e.sequence(), e.occurredAt(), (e.feedback() == null ? List.<ReportHandled.UnitFeedback>of()
                        : e.feedback()).stream().map(this::feedback).toList()));
    }

    Rating rating(SatisfactionRated e) {
        return guarded(e.eventId(), () -> new Rating(e.eventId(), e.reportId(), e.trackingNumber(), e.sequence(),
                e.occurredAt(), Satisfaction.valueOf(Objects.requireNonNull(e.rating(), "rating").name())));
    }

    /** OVERDUE and URGED name the unit concerned; other flags are not the units' record's. */
    Optional<UnitFlag> flag(ReportFlagged e) {
        UnitFlag.Kind kind;
        if (e.flag() == ReportFlagged.Flag.OVERDUE) {
            kind = UnitFlag.Kind.OVERDUE;
        } else if (e.flag() == ReportFlagged.Flag.URGED) {
            kind = UnitFlag.Kind.URGED;
        } else {
            return Optional.empty();
        }
        return Optional.of(guarded(e.eventId(), () -> new UnitFlag(e.eventId(), e.reportId(), e.trackingNumber(),
                kind, e.unit(), e.sequence(), e.occurredAt())));
    }

    /** Follow-up reopens a report by taking it from HANDLED back to IN_HANDLING; other changes are not facts here. */
    Optional<Reopening> reopening(ReportStatusChanged e) {
        if (e.status() != ReportStatus.IN_HANDLING || e.previousStatus() != ReportStatus.HANDLED) {
            return Optional.empty();
        }
        return Optional.of(guarded(e.eventId(), () -> new Reopening(e.eventId(), e.reportId(), e.sequence(),
                e.occurredAt())));
    }

    private Optional<Assignment> assignment(UUID eventId, String reportId, ReportContext report, long sequence,
                                            Instant at, List<AssignedUnit> units) {
        List<Assignment.Assignee> named = units == null ? List.of() : units.stream()
                .filter(unit -> unit != null && unit.unit() != null && !unit.unit().isBlank())
                .map(unit -> new Assignment.Assignee(unit.unit(),
                        unit.role() == AssignedUnit.Role.LEAD ? TaskRole.LEAD : TaskRole.SUPPORT, unit.deadline()))
                .toList();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(guarded(eventId, () -> new Assignment(eventId, reportId,
                report == null ? null : report.trackingNumber(), sequence, at, calendar.dateOf(at), named)));
    }

    private HandledReport.UnitFeedback feedback(ReportHandled.UnitFeedback unit) {
        Objects.requireNonNull(unit, "feedback");
        Instant at = Objects.requireNonNull(unit.feedbackAt(), "feedbackAt");
        return new HandledReport.UnitFeedback(unit.unit(),
                Result.valueOf(Objects.requireNonNull(unit.result(), "result").name()), at, calendar.dateOf(at));
    }

    private static <T> T guarded(UUID eventId, Supplier<T> fact) {
        try {
            return fact.get();
        } catch (NullPointerException | IllegalArgumentException invalid) {
            throw new UnusableHandlingEvent(eventId + ": " + invalid.getMessage());
        }
    }
}
