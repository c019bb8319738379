package org.minyi.routing.report.messaging;

import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.EventJson;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.routing.report.application.RecordingStatusChange;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.report.domain.StatusObservation;

/**
 * Follows {@code report-status} (binding {@code reportStatus}): each status change is handed to the
 * report's routing case. Flags ({@code ReportFlagged}) do not change a status and are skipped, as are
 * other types; a change that cannot be read is poison and goes to the dead-letter topic.
 */
public final class ReportStatusListener implements Consumer<InboundEvent> {

    private final RecordingStatusChange recording;

    public ReportStatusListener(RecordingStatusChange recording) {
        this.recording = recording;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportStatusChanged.TYPE).ifPresent(this::on);
    }

    void on(ReportStatusChanged e) {
        if (e.reportId() == null || e.status() == null || e.eventId() == null || e.occurredAt() == null) {
            throw new EventJson.UnreadableEventException(ReportStatusChanged.TYPE.name()
                    + ": eventId, reportId, status and occurredAt are required");
        }
        recording.record(new ReportId(e.reportId()), new StatusObservation(e.eventId(),
                ReportStatus.valueOf(e.status().name()), e.sequence(), e.occurredAt()));
    }
}
