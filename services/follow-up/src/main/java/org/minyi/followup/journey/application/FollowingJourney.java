package org.minyi.followup.journey.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.followup.journey.domain.Journey;
import org.minyi.followup.journey.domain.Journeys;
import org.minyi.followup.journey.domain.ReviewOverdue;
import org.minyi.followup.journey.domain.SentToLeaders;
import org.minyi.followup.journey.domain.StatusChange;
import org.minyi.followup.journey.domain.StatusNoticed;
import org.minyi.followup.journey.domain.Submission;

/**
 * Follows every report from its submission: learns who it concerns and tells them of each newer
 * status, and tells the people who are to act of new work — a report in their review queue, a report sent
 * to them, a report past its review time limit (the notices in the same write as the change). Repeats and
 * stale announcements that teach nothing cost no write.
 */
public final class FollowingJourney {

    private final Journeys journeys;
    private final Clock clock;

    public FollowingJourney(Journeys journeys, Clock clock) {
        this.journeys = journeys;
        this.clock = clock;
    }

    public void submitted(String reportId, Submission submission) {
        apply(reportId, journey -> journey.learn(submission, clock.instant()).stream().toList());
    }

    public void observed(String reportId, StatusChange change) {
        apply(reportId, journey -> journey.observe(change, clock.instant()));
    }

    public void reviewOverdue(String reportId, ReviewOverdue flag) {
        apply(reportId, journey -> journey.reviewOverdue(flag, clock.instant()));
    }

    public void sentToLeaders(String reportId, SentToLeaders sent) {
        apply(reportId, journey -> journey.sentToLeaders(sent, clock.instant()));
    }

    /** The milestones of a report, or none when follow-up never heard of it. */
    public Optional<Journey> find(String reportId) {
        return journeys.find(reportId);
    }

    private void apply(String reportId, Function<Journey, List<StatusNoticed>> step) {
        OnConflict.retry(() -> {
            Optional<Journey> held = journeys.find(reportId);
            Journey journey = held.orElseGet(() -> Journey.begin(reportId));
            List<StatusNoticed> notices = step.apply(journey);
            if (!journey.changed()) {
                return false;
            }
            if (held.isPresent()) {
                journeys.update(journey, notices);
            } else {
                journeys.add(journey, notices);
            }
            return true;
        });
    }
}
