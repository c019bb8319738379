package org.minyi.dashboard.assessment.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.minyi.dashboard.assessment.application.RecordingContributions;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.events.EventJson;
import org.minyi.events.intake.IntakeTopics;
import org.minyi.events.intake.ReportSubmitted;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Follows {@code intake.report-events}: who wrote each submitted report, its township, sector and
 * topic — for adoption rates and the board's topics. The report's text is read past, never kept.
 */
public final class SubmissionListener {

    private final RecordingContributions recording;
    private final FactTranslation translation;
    private final FactsTaken taken;

    public SubmissionListener(RecordingContributions recording, CountyCalendar calendar, MeterRegistry meters) {
        this.recording = recording;
        this.translation = new FactTranslation(calendar);
        this.taken = new FactsTaken(meters);
    }

    @KafkaListener(id = "dashboard-intake.report-events", idIsGroup = false, topics = IntakeTopics.REPORT_EVENTS)
    public void receive(ConsumerRecord<String, byte[]> record) {
        if (ReportSubmitted.TYPE.name().equals(Headers.envelope(record).type())) {
            on(EventJson.read(record.value(), ReportSubmitted.TYPE));
        }
    }

    void on(ReportSubmitted e) {
        taken.count("submission", recording.record(translation.submission(e)));
    }
}
