package org.minyi.leadership.inbox.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.review.ReviewTopics;
import org.minyi.leadership.inbox.application.ReceivingReport;
import org.minyi.leadership.inbox.domain.Category;
import org.minyi.leadership.inbox.domain.Grade;
import org.minyi.leadership.inbox.domain.ReportContent;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.SentReport;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Follows {@code review.review-events}: a report sent to the leaders lands in the inbox. The other
 * review decisions are not the inbox's business and are skipped.
 */
public final class ReviewEventsListener {

    private final ReceivingReport receiving;

    public ReviewEventsListener(ReceivingReport receiving) {
        this.receiving = receiving;
    }

    @KafkaListener(id = "leadership-instruction-" + ReviewTopics.REVIEW_EVENTS, topics = ReviewTopics.REVIEW_EVENTS,
            idIsGroup = false)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = EventEnvelope.fromHeaders(name -> header(record, name));
        if (ReportSentToLeaders.TYPE.name().equals(envelope.type())) {
            on(EventJson.read(record.value(), ReportSentToLeaders.TYPE));
        }
    }

    void on(ReportSentToLeaders e) {
        SubmittedReport r = e.report();
        if (r == null || e.trackingNumber() == null || r.title() == null || r.category() == null
                || r.township() == null || r.situation() == null || r.suggestions() == null) {
            throw new EventJson.UnreadableEventException(ReportSentToLeaders.TYPE.name()
                    + ": trackingNumber and the report's title, category, township, situation and suggestions are required");
        }
        SentReport report = new SentReport(e.trackingNumber(), r.title(), Category.valueOf(r.category().name()),
                r.domain(), r.township(), r.sector(), e.committee(), r.authors(), r.urgent(),
                e.grade() == null ? null : Grade.valueOf(e.grade().name()), e.publication(), e.submittedAt(),
                new ReportContent(r.situation(), r.analysis(), r.suggestions()));
        receiving.receive(new ReportId(e.reportId()), report, e.eventId(), e.sequence(), e.occurredAt());
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
