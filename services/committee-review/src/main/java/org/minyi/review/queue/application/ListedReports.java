package org.minyi.review.queue.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.Visibility;

/** The reports a request lists by id (a merge's constituents, an issue's reports), read as the caller may see them. */
public final class ListedReports {

    private ListedReports() {
    }

    /**
     * The items {@code ids} name, in their order.
     *
     * @param field    the request's field that lists them; a problem with the i-th id is named {@code field[i]}
     * @param problems what is wrong with the list already (its size, say); every id listed twice and every one the
     *                 caller cannot see adds one
     * @throws InvalidInput naming every problem, when there is any
     */
    public static List<ReviewItem> read(ReviewItems items, String field, List<ReportId> ids, Actor actor,
                                        List<FieldProblem> problems) {
        List<FieldProblem> found = new ArrayList<>(problems);
        List<ReviewItem> read = new ArrayList<>();
        Set<ReportId> seen = new HashSet<>();
        Visibility visibility = Visibility.of(actor);
        for (int i = 0; i < ids.size(); i++) {
            String at = field + "[" + i + "]";
            if (!seen.add(ids.get(i))) {
                found.add(new FieldProblem(at, "repeated", "同一篇信息重复列出", "the same report is listed twice"));
                continue;
            }
            Optional<ReviewItem> item = items.findVisible(ids.get(i), visibility);
            if (item.isEmpty()) {
                found.add(new FieldProblem(at, "not_found", "信息不存在或无权查看", "no such report you may see"));
            } else {
                read.add(item.get());
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
        return read;
    }
}
