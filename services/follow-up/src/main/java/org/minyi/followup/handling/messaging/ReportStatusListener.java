package org.minyi.followup.handling.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.followup.handling.application.FollowingReportStatus;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.followup.journey.application.FollowingJourney;
import org.minyi.followup.journey.domain.ReportStatus;
import org.minyi.followup.journey.domain.StatusChange;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Follows {@code report-status}, the one consumer of it in follow-up (a second listener in the same
 * group would split the partitions): every status change goes to the report's journey (whom to tell,
 * milestones) and to its handling, if any (the sequence the next status change follows). Flags and
 * unknown types are skipped.
 */
public final class ReportStatusListener {

    private final FollowingReportStatus handlings;
    private final FollowingJourney journeys;

    public ReportStatusListener(FollowingReportStatus handlings, FollowingJourney journeys) {
        this.handlings = handlings;
        this.journeys = journeys;
    }

    // the group is the service's own (spring.kafka.consumer.group-id), not the listener id
    @KafkaListener(id = "follow-up-report-status", topics = ReportStatusTopic.NAME,
            idIsGroup = false)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = EventEnvelope.fromHeaders(name -> header(record, name));
        if (ReportStatusChanged.TYPE.name().equals(envelope.type())) {
            on(EventJson.read(record.value(), ReportStatusChanged.TYPE), envelope.correlationId());
        }
    }

    void on(ReportStatusChanged e, String correlationId) {
        if (e.status() == null) {
            throw new EventJson.UnreadableEventException(ReportStatusChanged.TYPE.name() + ": status is required");
        }
        journeys.observed(e.reportId(), new StatusChange(e.eventId(), ReportStatus.valueOf(e.status().name()),
                e.sequence(), e.occurredAt(), e.trackingNumber(), e.township()), correlationId);
        handlings.observe(new ReportId(e.reportId()), e.sequence());
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
