package org.minyi.followup.handling.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.followup.handling.application.FollowingReportStatus;
import org.minyi.followup.handling.domain.ReportId;
import org.springframework.kafka.annotation.KafkaListener;

/** Follows {@code report-status}: only the sequence matters here, so the next status change follows it. */
public final class ReportStatusListener {

    private final FollowingReportStatus following;

    public ReportStatusListener(FollowingReportStatus following) {
        this.following = following;
    }

    // the group is the service's own (spring.kafka.consumer.group-id), not the listener id
    @KafkaListener(id = "follow-up-report-status", topics = ReportStatusTopic.NAME,
            idIsGroup = false)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = EventEnvelope.fromHeaders(name -> header(record, name));
        if (ReportStatusChanged.TYPE.name().equals(envelope.type())) {
            on(EventJson.read(record.value(), ReportStatusChanged.TYPE));
        }
    }

    void on(ReportStatusChanged e) {
        following.observe(new ReportId(e.reportId()), e.sequence());
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
