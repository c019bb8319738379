package org.minyi.leadership.inbox.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.leadership.inbox.application.FollowingReportStatus;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.ReportStatus;
import org.minyi.leadership.inbox.domain.StatusAnnouncement;
import org.springframework.kafka.annotation.KafkaListener;

/** Follows {@code report-status}: keeps the sequence of the reports in the inbox current. */
public final class ReportStatusListener {

    private final FollowingReportStatus following;

    public ReportStatusListener(FollowingReportStatus following) {
        this.following = following;
    }

    @KafkaListener(id = "leadership-instruction-" + ReportStatusTopic.NAME, topics = ReportStatusTopic.NAME,
            idIsGroup = false)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = EventEnvelope.fromHeaders(name -> header(record, name));
        if (ReportStatusChanged.TYPE.name().equals(envelope.type())) {
            on(EventJson.read(record.value(), ReportStatusChanged.TYPE));
        }
    }

    void on(ReportStatusChanged e) {
        if (e.status() == null) {
            throw new EventJson.UnreadableEventException(ReportStatusChanged.TYPE.name() + ": status is required");
        }
        following.follow(new ReportId(e.reportId()), new StatusAnnouncement(e.eventId(),
                ReportStatus.valueOf(e.status().name()), e.sequence()));
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
