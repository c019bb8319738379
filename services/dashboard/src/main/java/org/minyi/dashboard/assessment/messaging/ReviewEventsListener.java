package org.minyi.dashboard.assessment.messaging;

import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.minyi.chassis.events.InboundEvent;
import org.minyi.dashboard.assessment.application.RecordingContributions;
import org.minyi.dashboard.assessment.domain.CountyCalendar;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportPublished;
import org.minyi.events.review.ReportsMerged;
import org.minyi.events.review.UpstreamAdopted;

/**
 * Follows {@code review.review-events} (binding {@code reviewEvents}): adoptions, merges, publications,
 * upstream adoptions; other types (declines, returns, sending to leaders, transfers 转送) are skipped.
 */
public final class ReviewEventsListener implements Consumer<InboundEvent> {

    private final RecordingContributions recording;
    private final FactTranslation translation;
    private final FactsTaken taken;

    public ReviewEventsListener(RecordingContributions recording, CountyCalendar calendar, MeterRegistry meters) {
        this.recording = recording;
        this.translation = new FactTranslation(calendar);
        this.taken = new FactsTaken(meters);
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportAdopted.TYPE).ifPresent(this::on);
        event.as(ReportsMerged.TYPE).ifPresent(this::on);
        event.as(ReportPublished.TYPE).ifPresent(this::on);
        event.as(UpstreamAdopted.TYPE).ifPresent(this::on);
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
