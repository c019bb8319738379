package org.minyi.followup.journey.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.intake.IntakeTopics;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.followup.journey.application.FollowingJourney;
import org.minyi.followup.journey.domain.Submission;
import org.springframework.kafka.annotation.KafkaListener;

/** Follows {@code intake.report-events}: each (re)submission tells who a report concerns. */
public final class IntakeEventsListener {

    private final FollowingJourney following;

    public IntakeEventsListener(FollowingJourney following) {
        this.following = following;
    }

    // the group is the service's own (spring.kafka.consumer.group-id), not the listener id
    @KafkaListener(id = "follow-up-" + IntakeTopics.REPORT_EVENTS, topics = IntakeTopics.REPORT_EVENTS,
            idIsGroup = false)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = EventEnvelope.fromHeaders(name -> header(record, name));
        if (ReportSubmitted.TYPE.name().equals(envelope.type())) {
            on(EventJson.read(record.value(), ReportSubmitted.TYPE), envelope.correlationId());
        }
    }

    void on(ReportSubmitted e, String correlationId) {
        SubmittedReport report = e.report();
        if (e.trackingNumber() == null || report == null || report.township() == null) {
            throw new EventJson.UnreadableEventException(ReportSubmitted.TYPE.name()
                    + ": trackingNumber and the report's township are required");
        }
        following.submitted(e.reportId(), new Submission(e.eventId(), e.trackingNumber(), report.township(),
                report.authors(), e.submittedBy(), e.sequence(), e.occurredAt()), correlationId);
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
