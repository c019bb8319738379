package org.minyi.dashboard.handling.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.dashboard.handling.application.RecordingHandling;
import org.minyi.dashboard.handling.domain.Assignment;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.ReportForwarded;
import org.minyi.events.review.ReportTransferred;

/**
 * The units a report was given to, from {@code leadership.instruction-events} (instructions, forwards) and
 * {@code review.review-events} (transfers): it runs on the bindings {@code instructionEvents} and
 * {@code reviewEvents} after the assessment's listener, which reads other things from the same records.
 */
public final class AssignmentsListener implements Consumer<InboundEvent> {

    private final RecordingHandling recording;
    private final HandlingTranslation translation;
    private final HandlingFactsTaken taken;

    public AssignmentsListener(RecordingHandling recording, CountyCalendar calendar, MeterRegistry meters) {
        this.recording = recording;
        this.translation = new HandlingTranslation(calendar);
        this.taken = new HandlingFactsTaken(meters);
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(InstructionIssued.TYPE).flatMap(translation::assignment).ifPresent(this::record);
        event.as(ReportForwarded.TYPE).flatMap(translation::assignment).ifPresent(this::record);
        event.as(ReportTransferred.TYPE).flatMap(translation::assignment).ifPresent(this::record);
    }

    private void record(Assignment assignment) {
        taken.count("assignment", recording.record(assignment));
    }
}
