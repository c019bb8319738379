package org.minyi.review.queue.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.UpstreamAdoption;
import org.minyi.review.queue.domain.UpstreamSubmission;
import org.minyi.review.queue.domain.UpstreamSubmissionRecorded;
import org.minyi.review.queue.domain.Visibility;

/**
 * The office records that it sent an adopted report up to the city, provincial or national CPPCC (报送上级政协).
 * The line and its {@code UPSTREAM_SUBMITTED} flag are one write; the same line again is answered as it stands.
 */
public final class RecordingUpstreamSubmission {

    /** The earliest day a submission may be dated: before it, a date is a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ReviewItems items;
    private final Clock clock;
    private final ZoneId zone;

    public RecordingUpstreamSubmission(ReviewItems items, Clock clock, ZoneId zone) {
        this.items = items;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @throws InvalidInput for a submission dated in the future or before 2000 (the county's calendar)
     * @throws ReportNotFound when the caller may not see the report
     */
    public Submitted submit(ReportId id, UpstreamAdoption.Level level, LocalDate submittedOn, String channel,
                            Actor actor) {
        Instant now = clock.instant();
        if (submittedOn.isAfter(LocalDate.ofInstant(now, zone))) {
            throw new InvalidInput(new FieldProblem("submittedOn", "in_future", "报送日期不能晚于今天",
                    "submittedOn may not be in the future"));
        }
        if (submittedOn.isBefore(EARLIEST)) {
            throw new InvalidInput(new FieldProblem("submittedOn", "too_early", "报送日期不能早于2000年",
                    "submittedOn may not be before 2000"));
        }
        return OnConflict.retry(() -> {
            ReviewItem item = items.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ReportNotFound(id));
            Optional<UpstreamSubmissionRecorded> recorded = item.submitUpstream(level, submittedOn, channel, actor,
                    now);
            if (recorded.isEmpty()) {
                return new Submitted(item, item.upstreamSubmissionOn(level, submittedOn).orElseThrow(), false);
            }
            items.update(item, List.of(recorded.get()));
            return new Submitted(item, recorded.get().submission(), true);
        });
    }

    /**
     * @param created whether this call recorded it; {@code false} for a repeat of a line already recorded
     */
    public record Submitted(ReviewItem item, UpstreamSubmission submission, boolean created) {
    }
}
