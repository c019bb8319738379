package org.minyi.intake.report.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.followup.ReportHandled;
import org.minyi.intake.report.application.LearningOutcomes;
import org.minyi.intake.report.domain.Outcomes;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.UnitResult;

/**
 * Follows {@code followup.handling-events} (binding {@code handlingEvents}): every unit fed back, with each
 * unit's result. Satisfaction ratings, closing and types this version does not know are skipped.
 */
public final class HandlingEventsListener implements Consumer<InboundEvent> {

    private final LearningOutcomes learning;

    public HandlingEventsListener(LearningOutcomes learning) {
        this.learning = learning;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportHandled.TYPE).ifPresent(this::on);
    }

    void on(ReportHandled e) {
        List<UnitResult> units = e.feedback() == null ? List.of() : e.feedback().stream()
                .map(f -> new UnitResult(f.unit(),
                        f.role() == null ? null : UnitResult.UnitRole.valueOf(f.role().name()),
                        f.result() == null ? null : UnitResult.Result.valueOf(f.result().name()), f.feedbackAt()))
                .toList();
        learning.handled(new ReportId(e.reportId()), e.eventId(),
                new Outcomes.Handling(e.sequence(), e.occurredAt(), units));
    }
}
