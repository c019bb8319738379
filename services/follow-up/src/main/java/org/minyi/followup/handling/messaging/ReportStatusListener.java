package org.minyi.followup.handling.messaging;

import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.EventJson;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.followup.handling.application.FollowingReportStatus;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.journey.application.FollowingJourney;
import org.minyi.followup.journey.domain.ReportStatus;
import org.minyi.followup.journey.domain.ReviewOverdue;
import org.minyi.followup.journey.domain.StatusChange;

/**
 * Follows {@code report-status} (binding {@code reportStatus}), the one consumer of it in follow-up:
 * every status change goes to the report's journey (whom to tell, milestones, new work in a review queue)
 * and to its handling, if any (the sequence the next status change follows). Of the flags, REVIEW_OVERDUE
 * goes to the journey (the office and the reviewers are told); the other flags and unknown types are skipped.
 */
public final class ReportStatusListener implements Consumer<InboundEvent> {

    private final FollowingReportStatus handlings;
    private final FollowingJourney journeys;

    public ReportStatusListener(FollowingReportStatus handlings, FollowingJourney journeys) {
        this.handlings = handlings;
        this.journeys = journeys;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportStatusChanged.TYPE).ifPresent(this::on);
        event.as(ReportFlagged.TYPE).ifPresent(this::on);
    }

    void on(ReportStatusChanged e) {
        if (e.status() == null) {
            throw new EventJson.UnreadableEventException(ReportStatusChanged.TYPE.name() + ": status is required");
        }
        journeys.observed(e.reportId(), new StatusChange(e.eventId(), ReportStatus.valueOf(e.status().name()),
                e.sequence(), e.occurredAt(), e.trackingNumber(), e.township(), e.committee()));
        handlings.observe(new ReportId(e.reportId()), e.sequence());
    }

    void on(ReportFlagged e) {
        if (e.flag() == ReportFlagged.Flag.REVIEW_OVERDUE) {
            journeys.reviewOverdue(e.reportId(), new ReviewOverdue(e.eventId(), e.sequence(), e.occurredAt(),
                    e.trackingNumber(), e.township(), e.committee()));
        }
    }
}
