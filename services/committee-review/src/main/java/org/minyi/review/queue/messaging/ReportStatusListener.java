package org.minyi.review.queue.messaging;

import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.EventJson;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.review.queue.application.FollowingReportStatus;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.StatusObservation;

/**
 * Follows {@code report-status} (binding {@code reportStatus}): each change is handed to the report's review
 * item; other types on the topic ({@code ReportFlagged}) are skipped.
 */
public final class ReportStatusListener implements Consumer<InboundEvent> {

    private final FollowingReportStatus following;

    public ReportStatusListener(FollowingReportStatus following) {
        this.following = following;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportStatusChanged.TYPE).ifPresent(this::on);
    }

    void on(ReportStatusChanged e) {
        if (e.status() == null) {
            throw new EventJson.UnreadableEventException(ReportStatusChanged.TYPE.name() + ": status is required");
        }
        following.follow(new ReportId(e.reportId()), new StatusObservation(e.eventId(),
                ReportStatus.valueOf(e.status().name()), e.sequence(), e.occurredAt()));
    }
}
