package org.minyi.intake.report.messaging;

import java.util.Arrays;
import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.intake.report.application.RecordingStatusChange;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.ReportStatus;
import org.minyi.intake.report.domain.Role;
import org.minyi.intake.report.domain.StatusObservation;

/** Follows {@code report-status} (binding {@code reportStatus}): each change goes on the report's timeline. */
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
        recording.record(new ReportId(e.reportId()), new StatusObservation(
                e.eventId(),
                ReportStatus.valueOf(e.status().name()),
                e.previousStatus() == null ? null : ReportStatus.valueOf(e.previousStatus().name()),
                e.sequence(),
                e.occurredAt(),
                role(e.actorRole()),
                e.actor(),
                e.committee(),
                e.mergedInto()));
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(Role.SYSTEM);
    }
}
