package org.minyi.review.queue.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.CompositeDraft;
import org.minyi.review.queue.domain.CompositeNumbers;
import org.minyi.review.queue.domain.Constituent;
import org.minyi.review.queue.domain.Grade;
import org.minyi.review.queue.domain.IllegalTransition;
import org.minyi.review.queue.domain.Merge;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportMerged;
import org.minyi.review.queue.domain.ReportsMerged;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.ReviewPolicy;
import org.minyi.review.queue.domain.Role;

/**
 * Merges several reports on one issue into a composite (综合) that continues their life.
 *
 * <p>No write spans documents, so the merge goes in steps, each one atomic on its own document with its
 * events: (1) the composite is stored MERGING, unannounced, with the plan; (2) each constituent becomes
 * MERGED, pointing at the composite — a step that is idempotent, since a constituent already merged into
 * it is left alone; (3) the composite is announced ADOPTED with every author of every merged
 * constituent. A crash between the steps leaves the composite MERGING; {@link #completePending} — run by
 * a periodic sweep, as the outbox relay's — takes such composites up again and finishes them from their
 * plan. A constituent that left the queue in between is skipped and named on the composite; a composite
 * with nothing left to merge is discarded, never announced.
 */
public final class MergingReports {

    private final ReviewItems items;
    private final CompositeNumbers numbers;
    private final Clock clock;
    private final ZoneId zone;

    public MergingReports(ReviewItems items, CompositeNumbers numbers, Clock clock, ZoneId zone) {
        this.items = items;
        this.numbers = numbers;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Plans and completes a merge.
     *
     * @return the composite: ADOPTED, or still MERGING when a later step failed (the sweep completes it)
     * @throws InvalidInput when a constituent is unknown, invisible or repeated, or the committee is unclear
     * @throws IllegalTransition when a constituent is not in a queue, or another reviewer holds it
     */
    public ReviewItem merge(MergeCommand command, Actor actor) {
        ReviewItem composite = plan(command, actor);
        try {
            return complete(composite.id());
        } catch (RuntimeException e) {
            return items.find(composite.id()).orElseThrow(() -> e);
        }
    }

    /** Step (1): checks everything, then stores the composite MERGING with its plan. Public for the sweep's tests. */
    public ReviewItem plan(MergeCommand command, Actor actor) {
        Instant now = clock.instant();
        List<ReviewItem> constituents = constituents(command.constituents(), actor, now);
        String committee = committee(command.committee(), constituents, actor);
        Merge plan = Merge.planned(constituents.stream().map(Constituent::of).toList(), actor, command.grade(),
                command.comment(), now);
        String trackingNumber = numbers.next(LocalDate.ofInstant(now, zone).getYear());
        ReviewItem composite = ReviewItem.compose(new ReportId(UUID.randomUUID().toString()), trackingNumber,
                committee, command.draft().contentOf(constituents), plan, now);
        items.add(composite, List.of());
        return composite;
    }

    /**
     * Steps (2) and (3) for one composite; does nothing to a composite no longer MERGING.
     *
     * @return the composite, announced
     * @throws IllegalTransition when no constituent could be merged: the composite is discarded
     */
    public ReviewItem complete(ReportId compositeId) {
        ReviewItem composite = items.find(compositeId).orElseThrow(() -> new ReportNotFound(compositeId));
        Merge plan = composite.merge();
        if (plan == null || !plan.isPending()) {
            return composite;
        }
        List<Merge.Skipped> skipped = new ArrayList<>();
        for (Constituent constituent : plan.constituents()) {
            mergeOne(constituent, compositeId, plan.mergedBy()).ifPresent(skipped::add);
        }
        return OnConflict.retry(() -> {
            ReviewItem current = items.find(compositeId).orElseThrow(() -> new ReportNotFound(compositeId));
            if (current.merge() == null || !current.merge().isPending()) {
                return current;
            }
            if (skipped.size() == plan.constituents().size()) {
                items.discard(current);
                throw new IllegalTransition(skipped.get(0).reportId(), skipped.get(0).status(),
                        "no constituent could be merged; the composite was discarded");
            }
            ReportsMerged merged = current.completeMerge(skipped, clock.instant());
            items.update(current, List.of(merged));
            return current;
        });
    }

    /**
     * Completes the composites a crash or failure left MERGING since before {@code plannedBefore}, each under
     * the correlation {@code merge-sweep-<id>} ({@link InterruptedSteps}).
     *
     * @return how many it took up
     * @throws RuntimeException the first failure, once every composite was tried
     */
    public int completePending(Instant plannedBefore, int limit) {
        return InterruptedSteps.completeEach(items.mergingSince(plannedBefore, limit), "merge-sweep", id -> {
            try {
                complete(id);
            } catch (IllegalTransition discarded) {
                // nothing was left to merge: the composite is gone, which is the outcome
            }
        });
    }

    /** @return why the constituent was skipped; empty when it is merged into the composite */
    private Optional<Merge.Skipped> mergeOne(Constituent constituent, ReportId compositeId, Actor by) {
        return OnConflict.retry(() -> {
            ReviewItem item = items.find(constituent.reportId()).orElse(null);
            if (item == null) {
                return Optional.of(new Merge.Skipped(constituent.reportId(), constituent.trackingNumber(), null));
            }
            try {
                Optional<ReportMerged> merged = item.mergeInto(compositeId, by, clock.instant());
                if (merged.isPresent()) {
                    items.update(item, List.of(merged.get()));
                }
                return Optional.empty();
            } catch (IllegalTransition left) {
                return Optional.of(new Merge.Skipped(item.id(), item.trackingNumber(), item.status()));
            }
        });
    }

    private List<ReviewItem> constituents(List<ReportId> ids, Actor actor, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (ids.size() < Merge.MIN_CONSTITUENTS || ids.size() > Merge.MAX_CONSTITUENTS) {
            problems.add(new FieldProblem("constituents", "size",
                    "综合的信息须为" + Merge.MIN_CONSTITUENTS + "至" + Merge.MAX_CONSTITUENTS + "篇",
                    "a merge takes " + Merge.MIN_CONSTITUENTS + " to " + Merge.MAX_CONSTITUENTS + " reports"));
        }
        List<ReviewItem> found = ListedReports.read(items, "constituents", ids, actor, problems);
        found.forEach(item -> item.checkMergeable(actor, now));
        return found;
    }

    private static String committee(String requested, List<ReviewItem> constituents, Actor actor) {
        if (actor.is(Role.REVIEWER)) {
            if (requested != null && !requested.equals(actor.committee())) {
                throw new InvalidInput(new FieldProblem("committee", "not_yours", "只能综合为本专委会的信息",
                        "a reviewer's composite belongs to its own committee"));
            }
            return actor.committee();
        }
        if (requested != null) {
            return requested;
        }
        Set<String> committees = new LinkedHashSet<>();
        constituents.forEach(c -> committees.add(c.committee()));
        if (committees.size() > 1) {
            throw new InvalidInput(new FieldProblem("committee", "required", "所选信息分属不同专委会，须指定综合后的专委会",
                    "the reports belong to several committees: name the composite's committee"));
        }
        return committees.isEmpty() ? ReviewPolicy.OFFICE_QUEUE : committees.iterator().next();
    }

    /**
     * A merge as asked for.
     *
     * @param committee {@code null} for the constituents' common committee (a reviewer's own)
     */
    public record MergeCommand(List<ReportId> constituents, CompositeDraft draft, String committee, Grade grade,
                               String comment) {

        public MergeCommand {
            constituents = List.copyOf(constituents);
        }
    }
}
