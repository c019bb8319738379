package org.minyi.review.queue.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.review.queue.application.FollowingReportStatus;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.StatusObservation;
import org.springframework.kafka.annotation.KafkaListener;

/** Follows {@code report-status}: translates each change and hands it to the report's review item. */
public final class ReportStatusListener {

    private final FollowingReportStatus following;

    public ReportStatusListener(FollowingReportStatus following) {
        this.following = following;
    }

    @KafkaListener(id = "committee-review-report-status", idIsGroup = false, topics = ReportStatusTopic.NAME)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = RecordHeaders.envelope(record);
        if (ReportStatusChanged.TYPE.name().equals(envelope.type())) {
            on(EventJson.read(record.value(), ReportStatusChanged.TYPE));
        }
    }

    void on(ReportStatusChanged e) {
        if (e.status() == null) {
            throw new EventJson.UnreadableEventException(ReportStatusChanged.TYPE.name() + ": status is required");
        }
        following.follow(new ReportId(e.reportId()), new StatusObservation(e.eventId(),
                ReportStatus.valueOf(e.status().name()), e.sequence(), e.occurredAt()));
    }
}
