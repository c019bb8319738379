package org.minyi.dashboard.assessment.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.minyi.dashboard.assessment.domain.Achievement;
import org.minyi.dashboard.assessment.domain.Adoption;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.dashboard.assessment.domain.Level;
import org.minyi.dashboard.assessment.domain.Merge;
import org.minyi.dashboard.assessment.domain.Mode;
import org.minyi.dashboard.assessment.domain.Submission;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportPublished;
import org.minyi.events.review.ReportsMerged;
import org.minyi.events.review.UpstreamAdopted;

/** Turns the shared-events records into the assessment's facts: codes and the county's dates, never text. */
final class FactTranslation {

    private final CountyCalendar calendar;

    FactTranslation(CountyCalendar calendar) {
        this.calendar = calendar;
    }

    Submission submission(ReportSubmitted e) {
        SubmittedReport report = e.report();
        if (report == null) {
            throw new UnusableEvent(e.eventId() + ": a submission without its report");
        }
        return guarded(e.eventId().toString(), () -> new Submission(e.reportId(), e.trackingNumber(), e.sequence(),
                calendar.dateOf(e.occurredAt()), report.authors(), report.township(), report.sector(),
                report.category() == null ? null : report.category().name(), report.topicId(),
                report.source() == null ? null : report.source().name()));
    }

    Adoption adoption(ReportAdopted e) {
        List<String> constituents = e.constituents() == null ? List.of() : e.constituents();
        boolean composite = e.kind() == ReportAdopted.Kind.COMPOSITE || !constituents.isEmpty();
        return guarded(e.eventId().toString(), () -> new Adoption(e.eventId(), e.reportId(), e.trackingNumber(),
                e.sequence(), calendar.dateOf(e.occurredAt()), e.occurredAt(), e.committee(),
                e.grade() == null ? null : e.grade().name(), e.township(), e.sector(), e.authors(), composite,
                constituents));
    }

    Merge merge(ReportsMerged e) {
        List<Merge.Constituent> constituents = e.constituents() == null ? List.of() : e.constituents().stream()
                .map(c -> new Merge.Constituent(c.reportId(), c.trackingNumber(), c.authors())).toList();
        return guarded(e.eventId().toString(), () -> new Merge(e.eventId(), e.reportId(), e.trackingNumber(),
                e.sequence(), e.committee(), e.township(), constituents));
    }

    Achievement publication(ReportPublished e) {
        LocalDate on = calendar.dateOf(e.occurredAt());
        Achievement.Kind kind = e.kind() == ReportPublished.Kind.SPECIAL ? Achievement.Kind.SPECIAL_PUBLICATION
                : Achievement.Kind.REGULAR_PUBLICATION;
        return guarded(e.eventId().toString(), () -> new Achievement(e.eventId(), kind, null, null, e.reportId(),
                e.trackingNumber(), e.year() > 0 ? e.year() : on.getYear(), on, e.committee(), e.township(),
                e.sector(), e.authors()));
    }

    Achievement upstream(UpstreamAdopted e) {
        if (e.level() == null || e.mode() == null) {
            throw new UnusableEvent(e.eventId() + ": an upstream adoption needs its level and mode");
        }
        LocalDate on = e.adoptedOn() != null ? e.adoptedOn() : calendar.dateOf(e.occurredAt());
        return guarded(e.eventId().toString(), () -> new Achievement(e.eventId(), Achievement.Kind.UPSTREAM_ADOPTION,
                Level.valueOf(e.level().name()), Mode.valueOf(e.mode().name()), e.reportId(), e.trackingNumber(),
                on.getYear(), on, e.committee(), e.township(), e.sector(), e.authors()));
    }

    Achievement instruction(InstructionIssued e) {
        if (e.level() == null) {
            throw new UnusableEvent(e.eventId() + ": an instruction needs its level");
        }
        ReportContext report = e.report();
        // a paper 批示 is often entered days later: it counts on the day the leader wrote it
        LocalDate on = e.instructedOn() != null ? e.instructedOn() : calendar.dateOf(e.occurredAt());
        return guarded(e.eventId().toString(), () -> new Achievement(e.eventId(), Achievement.Kind.LEADER_INSTRUCTION,
                Level.valueOf(e.level().name()), null, e.reportId(), report == null ? null : report.trackingNumber(),
                on.getYear(), on, report == null ? null : report.committee(), report == null ? null : report.township(),
                null, report == null ? List.of() : report.authors()));
    }

    private static <T> T guarded(String eventId, Supplier<T> fact) {
        try {
            return fact.get();
        } catch (NullPointerException | IllegalArgumentException invalid) {
            throw new UnusableEvent(eventId + ": " + invalid.getMessage());
        }
    }
}
