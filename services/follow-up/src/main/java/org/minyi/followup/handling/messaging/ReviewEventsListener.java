package org.minyi.followup.handling.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.review.ReportTransferred;
import org.minyi.followup.handling.application.AssigningTasks;
import org.minyi.followup.handling.domain.Assignment;
import org.minyi.followup.handling.domain.Basis;
import org.minyi.followup.journey.application.FollowingJourney;
import org.minyi.followup.journey.domain.SentToLeaders;
import org.minyi.followup.reference.domain.Leader;
import org.minyi.followup.reference.domain.ReferenceData;

/**
 * Follows {@code review.review-events} (binding {@code reviewEvents}) for the two events that concern
 * follow-up: a transfer straight to the units (转送) is an assignment of tasks as an instruction is, with
 * the office's note as what the units act on; a report sent to leaders tells each of them and the
 * secretariat (a sending that names no leaders, written before they were named, went to every leader of
 * the reference data). Review's other events are skipped.
 */
public final class ReviewEventsListener implements Consumer<InboundEvent> {

    private final AssigningTasks assigning;
    private final FollowingJourney journeys;
    private final ReferenceData reference;

    public ReviewEventsListener(AssigningTasks assigning, FollowingJourney journeys, ReferenceData reference) {
        this.assigning = assigning;
        this.journeys = journeys;
        this.reference = reference;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportTransferred.TYPE).ifPresent(this::on);
        event.as(ReportSentToLeaders.TYPE).ifPresent(this::on);
    }

    void on(ReportTransferred e) {
        String type = ReportTransferred.TYPE.name();
        Basis basis = Basis.note(Assignment.Kind.TRANSFER, Assignments.sourceId(e.transferId(), type), e.note(),
                e.occurredAt());
        assigning.assign(Assignments.of(e.eventId(), e.reportId(), e.sequence(), e.units(), e.report(), basis, type));
    }

    void on(ReportSentToLeaders e) {
        List<String> leaders = e.leaders() == null || e.leaders().isEmpty()
                ? reference.leaders().stream().map(Leader::code).toList() : e.leaders();
        journeys.sentToLeaders(e.reportId(), new SentToLeaders(e.eventId(), e.sequence(), e.occurredAt(),
                e.trackingNumber(), e.report() == null ? null : e.report().township(), leaders));
    }
}
