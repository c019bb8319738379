package org.minyi.review.queue.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.AssignmentPolicy;
import org.minyi.review.queue.domain.HandlingUnits;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportTransferred;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.UnitAssignment;
import org.minyi.review.queue.domain.Visibility;

/**
 * The office transfers an adopted or published report straight to the departments concerned (转送), for a
 * matter that need not go to the leaders: the report becomes FORWARDED and follow-up gives each unit its task.
 * The new status and the transfer are announced by the one write that stores them.
 */
public final class TransferringReport {

    private final ReviewItems items;
    private final HandlingUnits units;
    private final Clock clock;
    private final ZoneId zone;

    public TransferringReport(ReviewItems items, HandlingUnits units, Clock clock, ZoneId zone) {
        this.items = items;
        this.units = units;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @param found what is wrong with the request's shape already (its note, say); named with the broken rules
     * @throws org.minyi.chassis.problem.InvalidInput naming every bad field: the note, and each unit that breaks
     *                                                 {@link AssignmentPolicy}; nothing changes
     */
    public ReviewItem transfer(ReportId id, String note, List<UnitAssignment> assigned, Actor actor,
                               List<FieldProblem> found) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        BrokenRules.throwIfAny(found, AssignmentPolicy.problems(assigned, today, units));
        return OnConflict.retry(() -> {
            ReviewItem item = items.findVisible(id, Visibility.of(actor)).orElseThrow(() -> new ReportNotFound(id));
            ReportTransferred transferred = item.transfer(note, assigned, actor, clock.instant());
            items.update(item, List.of(transferred));
            return item;
        });
    }
}
