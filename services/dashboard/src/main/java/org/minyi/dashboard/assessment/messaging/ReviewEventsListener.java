package org.minyi.dashboard.assessment.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.minyi.dashboard.assessment.application.RecordingContributions;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportPublished;
import org.minyi.events.review.ReportsMerged;
import org.minyi.events.review.ReviewTopics;
import org.minyi.events.review.UpstreamAdopted;
import org.springframework.kafka.annotation.KafkaListener;

/** Follows {@code review.review-events}: adoptions, merges, publications, upstream adoptions; other types are skipped. */
public final class ReviewEventsListener {

    private final RecordingContributions recording;
    private final FactTranslation translation;
    private final FactsTaken taken;

    public ReviewEventsListener(RecordingContributions recording, CountyCalendar calendar, MeterRegistry meters) {
        this.recording = recording;
        this.translation = new FactTranslation(calendar);
        this.taken = new FactsTaken(meters);
    }

    @KafkaListener(id = "dashboard-review.review-events", idIsGroup = false, topics = ReviewTopics.REVIEW_EVENTS)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = Headers.envelope(record);
        String type = envelope.type();
        if (ReportAdopted.TYPE.name().equals(type)) {
            on(EventJson.read(record.value(), ReportAdopted.TYPE));
        } else if (ReportsMerged.TYPE.name().equals(type)) {
            on(EventJson.read(record.value(), ReportsMerged.TYPE));
        } else if (ReportPublished.TYPE.name().equals(type)) {
            on(EventJson.read(record.value(), ReportPublished.TYPE));
        } else if (UpstreamAdopted.TYPE.name().equals(type)) {
            on(EventJson.read(record.value(), UpstreamAdopted.TYPE));
        }
    }

    void on(ReportAdopted e) {
        taken.count("adoption", recording.record(translation.adoption(e)));
    }

    void on(ReportsMerged e) {
        taken.count("merge", recording.record(translation.merge(e)));
    }

    void on(ReportPublished e) {
        taken.count("publication", recording.record(translation.publication(e)));
    }

    void on(UpstreamAdopted e) {
        taken.count("upstream-adoption", recording.record(translation.upstream(e)));
    }
}
