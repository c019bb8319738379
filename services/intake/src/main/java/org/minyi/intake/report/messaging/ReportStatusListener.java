package org.minyi.intake.report.messaging;

import java.util.Arrays;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.intake.report.application.RecordingStatusChange;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.ReportStatus;
import org.minyi.intake.report.domain.Role;
import org.minyi.intake.report.domain.StatusObservation;
import org.springframework.kafka.annotation.KafkaListener;

/** Follows {@code report-status}: translates each change and hands it to the report's timeline. */
public final class ReportStatusListener {

    private final RecordingStatusChange recording;

    public ReportStatusListener(RecordingStatusChange recording) {
        this.recording = recording;
    }

    @KafkaListener(id = "intake-report-status", idIsGroup = false, topics = ReportStatusTopic.NAME)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = EventEnvelope.fromHeaders(name -> header(record, name));
        if (ReportStatusChanged.TYPE.name().equals(envelope.type())) {
            on(EventJson.read(record.value(), ReportStatusChanged.TYPE));
        }
    }

    void on(ReportStatusChanged e) {
        recording.record(new ReportId(e.reportId()), new StatusObservation(
                e.eventId(),
                ReportStatus.valueOf(e.status().name()),
                e.previousStatus() == null ? null : ReportStatus.valueOf(e.previousStatus().name()),
                e.sequence(),
                e.occurredAt(),
                role(e.actorRole()),
                e.committee()));
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(Role.SYSTEM);
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
