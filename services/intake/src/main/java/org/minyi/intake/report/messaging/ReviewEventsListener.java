package org.minyi.intake.report.messaging;

import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportDeclined;
import org.minyi.events.review.ReportReturned;
import org.minyi.events.review.ReportTransferred;
import org.minyi.events.review.ReportsMerged;
import org.minyi.intake.report.application.LearningOutcomes;
import org.minyi.intake.report.domain.Grade;
import org.minyi.intake.report.domain.Outcomes;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.ReviewDecision;

/**
 * Follows {@code review.review-events} (binding {@code reviewEvents}): the committee's decisions with their
 * grade, reason (its code and words) and comment, merges (综合, announced under the composite: each constituent
 * learns it) and the office's transfers (转送). Publications, sending to the leaders and upstream adoptions are not the authors'
 * to read here and are skipped, as are types this version does not know.
 */
public final class ReviewEventsListener implements Consumer<InboundEvent> {

    private final LearningOutcomes learning;

    public ReviewEventsListener(LearningOutcomes learning) {
        this.learning = learning;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportAdopted.TYPE).ifPresent(this::on);
        event.as(ReportDeclined.TYPE).ifPresent(this::on);
        event.as(ReportReturned.TYPE).ifPresent(this::on);
        event.as(ReportsMerged.TYPE).ifPresent(this::on);
        event.as(ReportTransferred.TYPE).ifPresent(this::on);
    }

    void on(ReportAdopted e) {
        learning.decided(new ReportId(e.reportId()), e.eventId(), new ReviewDecision(ReviewDecision.Kind.ADOPT,
                e.sequence(), e.grade() == null ? null : Grade.valueOf(e.grade().name()), null, null, null,
                e.comment(), e.occurredAt(), e.committee(), e.reviewer(), null, null));
    }

    /** The reason's words travel with its code; a decline announced before they did has none ({@code null}). */
    void on(ReportDeclined e) {
        learning.decided(new ReportId(e.reportId()), e.eventId(), new ReviewDecision(ReviewDecision.Kind.DECLINE,
                e.sequence(), null, e.reason(), e.reasonLabel(), e.reasonLabelEn(), e.comment(), e.occurredAt(),
                e.committee(), e.reviewer(), null, null));
    }

    void on(ReportReturned e) {
        learning.decided(new ReportId(e.reportId()), e.eventId(), new ReviewDecision(ReviewDecision.Kind.RETURN,
                e.sequence(), null, null, null, null, e.comment(), e.occurredAt(), e.committee(), e.reviewer(), null,
                null));
    }

    /** The sequence is the composite's, not the constituents': each constituent's own comes with its MERGED. */
    void on(ReportsMerged e) {
        if (e.constituents() == null) {
            return;
        }
        learning.merged(e.constituents().stream().map(c -> new ReportId(c.reportId())).toList(), e.eventId(),
                new ReviewDecision(ReviewDecision.Kind.MERGE, 0, null, null, null, null, null, e.occurredAt(),
                        e.committee(), e.mergedBy(), e.reportId(), e.trackingNumber()));
    }

    void on(ReportTransferred e) {
        learning.transferred(new ReportId(e.reportId()), e.eventId(),
                new Outcomes.Transfer(e.transferId(), e.sequence(), e.occurredAt()));
    }
}
