package org.minyi.review.queue.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.UnanswerableSubmission;
import org.minyi.review.queue.domain.UpstreamAdoption;
import org.minyi.review.queue.domain.UpstreamAdoptionRecorded;
import org.minyi.review.queue.domain.Visibility;

/**
 * The office records that the city, provincial or national CPPCC adopted a report (上级采用), answering the
 * submission it names or the one the item finds ({@link ReviewItem#recordUpstreamAdoption}).
 */
public final class RecordingUpstreamAdoption {

    private final ReviewItems items;
    private final Clock clock;
    private final ZoneId zone;

    public RecordingUpstreamAdoption(ReviewItems items, Clock clock, ZoneId zone) {
        this.items = items;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @param submission the id of the submission it answers, or {@code null}
     * @throws InvalidInput for an adoption dated in the future, or naming a submission it cannot answer
     */
    public ReviewItem record(ReportId id, UpstreamAdoption.Level level, UpstreamAdoption.Mode mode, LocalDate adoptedOn,
                             String note, String submission, Actor actor) {
        Instant now = clock.instant();
        if (adoptedOn.isAfter(LocalDate.ofInstant(now, zone))) {
            throw new InvalidInput(new FieldProblem("adoptedOn", "in_future", "采用日期不能晚于今天",
                    "adoptedOn may not be in the future"));
        }
        UpstreamAdoption adoption = new UpstreamAdoption(level, mode, adoptedOn, note, actor.principal(), now);
        return OnConflict.retry(() -> {
            ReviewItem item = items.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ReportNotFound(id));
            try {
                UpstreamAdoptionRecorded recorded = item.recordUpstreamAdoption(adoption, submission, actor, now);
                items.update(item, List.of(recorded));
                return item;
            } catch (UnanswerableSubmission e) {
                BrokenRules.throwIfAny(List.of(), List.of(e.rule()));
                throw e;
            }
        });
    }
}
