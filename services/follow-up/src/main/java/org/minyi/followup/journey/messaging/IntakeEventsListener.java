package org.minyi.followup.journey.messaging;

import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.EventJson;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.followup.journey.application.FollowingJourney;
import org.minyi.followup.journey.domain.Submission;

/**
 * Follows {@code intake.report-events} (binding {@code intakeReportEvents}): each (re)submission tells
 * who a report concerns.
 */
public final class IntakeEventsListener implements Consumer<InboundEvent> {

    private final FollowingJourney following;

    public IntakeEventsListener(FollowingJourney following) {
        this.following = following;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportSubmitted.TYPE).ifPresent(this::on);
    }

    void on(ReportSubmitted e) {
        SubmittedReport report = e.report();
        if (e.trackingNumber() == null || report == null || report.township() == null) {
            throw new EventJson.UnreadableEventException(ReportSubmitted.TYPE.name()
                    + ": trackingNumber and the report's township are required");
        }
        following.submitted(e.reportId(), new Submission(e.eventId(), e.trackingNumber(), report.township(),
                report.authors(), e.submittedBy(), e.sequence(), e.occurredAt()));
    }
}
