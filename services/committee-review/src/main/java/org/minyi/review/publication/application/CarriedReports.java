package org.minyi.review.publication.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.publication.domain.CarriedReport;
import org.minyi.review.publication.domain.Publication;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.IllegalTransition;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;
import org.minyi.review.queue.domain.Visibility;

/** The reports an issue is to carry, read and checked: each known, listed once, adopted and not sent on. */
final class CarriedReports {

    private CarriedReports() {
    }

    /**
     * @throws InvalidInput naming each unknown or repeated report, or a list of the wrong size
     * @throws IllegalTransition for the first report an issue of this kind may not carry
     */
    static List<CarriedReport> read(ReviewItems items, List<ReportId> ids, IssueKind kind, String publicationId,
                                    Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (ids.isEmpty() || ids.size() > Publication.MAX_REPORTS) {
            problems.add(new FieldProblem("reports", "size", "每期刊载信息须为1至" + Publication.MAX_REPORTS + "篇",
                    "an issue carries 1 to " + Publication.MAX_REPORTS + " reports"));
        }
        Set<ReportId> seen = new HashSet<>();
        List<ReviewItem> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "reports[" + i + "]";
            if (!seen.add(ids.get(i))) {
                problems.add(new FieldProblem(field, "repeated", "同一篇信息重复列出", "the same report is listed twice"));
                continue;
            }
            Optional<ReviewItem> item = items.findVisible(ids.get(i), Visibility.of(actor));
            if (item.isEmpty()) {
                problems.add(new FieldProblem(field, "not_found", "信息不存在或无权查看", "no such report you may see"));
            } else {
                found.add(item.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        found.forEach(item -> item.checkPublishable(kind, publicationId));
        return found.stream().map(CarriedReport::of).toList();
    }
}
