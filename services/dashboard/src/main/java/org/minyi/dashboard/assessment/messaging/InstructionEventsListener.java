package org.minyi.dashboard.assessment.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.minyi.dashboard.assessment.application.RecordingContributions;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.events.EventJson;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.LeadershipTopics;
import org.springframework.kafka.annotation.KafkaListener;

/** Follows {@code leadership.instruction-events}: leaders' instructions, by level; forwards earn no points. */
public final class InstructionEventsListener {

    private final RecordingContributions recording;
    private final FactTranslation translation;
    private final FactsTaken taken;

    public InstructionEventsListener(RecordingContributions recording, CountyCalendar calendar, MeterRegistry meters) {
        this.recording = recording;
        this.translation = new FactTranslation(calendar);
        this.taken = new FactsTaken(meters);
    }

    @KafkaListener(id = "dashboard-leadership.instruction-events", idIsGroup = false,
            topics = LeadershipTopics.INSTRUCTION_EVENTS)
    public void receive(ConsumerRecord<String, byte[]> record) {
        if (InstructionIssued.TYPE.name().equals(Headers.envelope(record).type())) {
            on(EventJson.read(record.value(), InstructionIssued.TYPE));
        }
    }

    void on(InstructionIssued e) {
        taken.count("instruction", recording.record(translation.instruction(e)));
    }
}
