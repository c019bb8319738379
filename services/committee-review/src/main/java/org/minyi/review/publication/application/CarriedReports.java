package org.minyi.review.publication.application;

import java.util.ArrayList;
import java.util.List;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.publication.domain.CarriedReport;
import org.minyi.review.publication.domain.Publication;
import org.minyi.review.queue.application.ListedReports;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.IllegalTransition;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItems;

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
        List<ReviewItem> found = ListedReports.read(items, "reports", ids, actor, problems);
        found.forEach(item -> item.checkPublishable(kind, publicationId));
        return found.stream().map(CarriedReport::of).toList();
    }
}
