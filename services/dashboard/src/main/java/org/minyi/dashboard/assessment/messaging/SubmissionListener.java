package org.minyi.dashboard.assessment.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.dashboard.assessment.application.RecordingContributions;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.events.intake.ReportSubmitted;

/**
 * Follows {@code intake.report-events} (binding {@code intakeEvents}): who wrote each submitted report,
 * its township, sector and topic — for adoption rates and the board's topics. The report's text is read
 * past, never kept.
 */
public final class SubmissionListener implements Consumer<InboundEvent> {

    private final RecordingContributions recording;
    private final FactTranslation translation;
    private final FactsTaken taken;

    public SubmissionListener(RecordingContributions recording, CountyCalendar calendar, MeterRegistry meters) {
        this.recording = recording;
        this.translation = new FactTranslation(calendar);
        this.taken = new FactsTaken(meters);
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportSubmitted.TYPE).ifPresent(this::on);
    }

    void on(ReportSubmitted e) {
        taken.count("submission", recording.record(translation.submission(e)));
    }
}
