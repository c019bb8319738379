package org.minyi.routing.report.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.routing.report.application.RecordingStatusChange;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.report.domain.StatusObservation;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Follows {@code report-status}: each status change is handed to the report's routing case. Flags
 * ({@code ReportFlagged}) do not change a status and are skipped, as are other types; a change that
 * cannot be read is poison and goes to the dead-letter topic.
 */
public final class ReportStatusListener {

    private final RecordingStatusChange recording;

    public ReportStatusListener(RecordingStatusChange recording) {
        this.recording = recording;
    }

    @KafkaListener(id = "routing-report-status", topics = ReportStatusTopic.NAME, idIsGroup = false)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = EventEnvelope.fromHeaders(name -> header(record, name));
        if (ReportStatusChanged.TYPE.name().equals(envelope.type())) {
            on(EventJson.read(record.value(), ReportStatusChanged.TYPE));
        }
    }

    void on(ReportStatusChanged e) {
        if (e.reportId() == null || e.status() == null || e.eventId() == null || e.occurredAt() == null) {
            throw new EventJson.UnreadableEventException(ReportStatusChanged.TYPE.name()
                    + ": eventId, reportId, status and occurredAt are required");
        }
        recording.record(new ReportId(e.reportId()), new StatusObservation(e.eventId(),
                ReportStatus.valueOf(e.status().name()), e.sequence(), e.occurredAt()));
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
