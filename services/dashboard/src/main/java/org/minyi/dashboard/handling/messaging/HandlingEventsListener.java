package org.minyi.dashboard.handling.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.dashboard.handling.application.RecordingHandling;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.followup.SatisfactionRated;

/**
 * Follows {@code followup.handling-events} (binding {@code handlingEvents}): each unit's feedback when a report
 * is handled, and the authors' ratings; closings ({@code ReportClosed}) are skipped.
 */
public final class HandlingEventsListener implements Consumer<InboundEvent> {

    private final RecordingHandling recording;
    private final HandlingTranslation translation;
    private final HandlingFactsTaken taken;

    public HandlingEventsListener(RecordingHandling recording, CountyCalendar calendar, MeterRegistry meters) {
        this.recording = recording;
        this.translation = new HandlingTranslation(calendar);
        this.taken = new HandlingFactsTaken(meters);
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportHandled.TYPE).ifPresent(this::on);
        event.as(SatisfactionRated.TYPE).ifPresent(this::on);
    }

    void on(ReportHandled e) {
        taken.count("handled", recording.record(translation.handled(e)));
    }

    void on(SatisfactionRated e) {
        taken.count("rating", recording.record(translation.rating(e)));
    }
}
