package org.minyi.review.queue.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ClaimPolicy;
import org.minyi.review.queue.domain.Decision;
import org.minyi.review.queue.domain.DeclineReason;
import org.minyi.review.queue.domain.DeclineReasonList;
import org.minyi.review.queue.domain.DeclineReasons;
import org.minyi.review.queue.domain.ReportClaimed;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.StatusChange;
import org.minyi.review.queue.domain.Visibility;

/**
 * A reviewer of the committee claims a routed report and decides it. When a step returns, the item's
 * new state and the events announcing it are durable together. A decline's reason must be one the
 * office lists.
 */
public final class ReviewingReport {

    private final ReviewItems items;
    private final DeclineReasons reasons;
    private final ClaimPolicy claims;
    private final Clock clock;

    public ReviewingReport(ReviewItems items, DeclineReasons reasons, ClaimPolicy claims, Clock clock) {
        this.items = items;
        this.reasons = reasons;
        this.claims = claims;
        this.clock = clock;
    }

    /** Claims, renews the caller's claim, or takes over an expired one. */
    public ReviewItem claim(ReportId id, Actor actor) {
        return OnConflict.retry(() -> {
            ReviewItem item = visible(id, actor);
            Optional<ReportClaimed> claimed = item.claim(actor, clock.instant(), claims);
            items.update(item, claimed.<List<ReviewEvent>>map(List::of).orElse(List.of()));
            return item;
        });
    }

    /** @throws InvalidInput when a decline names a reason the office does not list, or omits a required comment */
    public ReviewItem decide(ReportId id, Decision decision, Actor actor) {
        Decision checked = decision instanceof Decision.Decline decline ? withListedReason(decline) : decision;
        return OnConflict.retry(() -> {
            ReviewItem item = visible(id, actor);
            StatusChange event = item.decide(checked, actor, clock.instant());
            items.update(item, List.of(event));
            return item;
        });
    }

    private Decision withListedReason(Decision.Decline decline) {
        DeclineReasonList list = reasons.current();
        DeclineReason reason = list.active(decline.reason()).orElseThrow(() -> new InvalidInput(new FieldProblem(
                "reason", "unknown_reason",
                "不予采用理由须为办公室所列之一：" + String.join("、", list.activeCodes()),
                "reason must be one of the office's codes: " + String.join(", ", list.activeCodes()))));
        if (reason.requiresComment() && (decline.comment() == null || decline.comment().isBlank())) {
            throw new InvalidInput(new FieldProblem("comment", "required", "理由为“" + reason.label() + "”时须填写意见",
                    "comment is required with reason " + reason.code()));
        }
        return decline.labelled(reason);
    }

    private ReviewItem visible(ReportId id, Actor actor) {
        return items.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ReportNotFound(id));
    }
}
