package org.minyi.dashboard.assessment.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.dashboard.assessment.application.RecordingContributions;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.events.leadership.InstructionIssued;

/**
 * Follows {@code leadership.instruction-events} (binding {@code instructionEvents}): leaders'
 * instructions, by level, each its own (several leaders may instruct one report); forwards and the office's
 * release of an instruction's text to the authors earn no points and are skipped.
 */
public final class InstructionEventsListener implements Consumer<InboundEvent> {

    private final RecordingContributions recording;
    private final FactTranslation translation;
    private final FactsTaken taken;

    public InstructionEventsListener(RecordingContributions recording, CountyCalendar calendar, MeterRegistry meters) {
        this.recording = recording;
        this.translation = new FactTranslation(calendar);
        this.taken = new FactsTaken(meters);
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(InstructionIssued.TYPE).ifPresent(this::on);
    }

    void on(InstructionIssued e) {
        taken.count("instruction", recording.record(translation.instruction(e)));
    }
}
