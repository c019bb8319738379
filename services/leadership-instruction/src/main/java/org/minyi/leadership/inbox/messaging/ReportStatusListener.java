package org.minyi.leadership.inbox.messaging;

import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.EventJson;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.leadership.inbox.application.FollowingReportStatus;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.ReportStatus;
import org.minyi.leadership.inbox.domain.StatusAnnouncement;

/**
 * Follows {@code report-status} (binding {@code reportStatus}): keeps the sequence of the reports in the
 * inbox current. Flags and other types on the topic are skipped.
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
        following.follow(new ReportId(e.reportId()), new StatusAnnouncement(e.eventId(),
                ReportStatus.valueOf(e.status().name()), e.sequence()));
    }
}
