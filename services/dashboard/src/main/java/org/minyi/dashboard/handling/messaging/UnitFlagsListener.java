package org.minyi.dashboard.handling.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.dashboard.handling.application.RecordingHandling;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatusChanged;

/**
 * What {@code report-status} tells the units' record: OVERDUE and URGED flags, each naming its unit, and
 * reopenings (HANDLED → IN_HANDLING). It runs on the binding {@code reportStatus} after the board's listener;
 * every other status change and flag is skipped.
 */
public final class UnitFlagsListener implements Consumer<InboundEvent> {

    private final RecordingHandling recording;
    private final HandlingTranslation translation;
    private final HandlingFactsTaken taken;

    public UnitFlagsListener(RecordingHandling recording, CountyCalendar calendar, MeterRegistry meters) {
        this.recording = recording;
        this.translation = new HandlingTranslation(calendar);
        this.taken = new HandlingFactsTaken(meters);
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportFlagged.TYPE).flatMap(translation::flag)
                .ifPresent(flag -> taken.count("flag", recording.record(flag)));
        event.as(ReportStatusChanged.TYPE).flatMap(translation::reopening)
                .ifPresent(reopening -> taken.count("reopening", recording.record(reopening)));
    }
}
