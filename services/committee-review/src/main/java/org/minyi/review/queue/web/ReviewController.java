package org.minyi.review.queue.web;

import java.util.List;

import org.minyi.review.queue.application.FieldProblem;
import org.minyi.review.queue.application.FindingReviewItems;
import org.minyi.review.queue.application.ReviewingReport;
import org.minyi.review.queue.application.SendingToLeaders;
import org.minyi.review.queue.domain.PageOf;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.web.ReviewResponses.ItemView;
import org.minyi.review.queue.web.ReviewResponses.Page;
import org.minyi.review.queue.web.ReviewResponses.QueueEntry;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Committee queues, claims and decisions for reviewers; sending to the leaders for the office. */
@RestController
@RequestMapping("/api/review")
class ReviewController {

    private static final String CORRELATION = "X-Correlation-Id";

    private final FindingReviewItems finding;
    private final ReviewingReport reviewing;
    private final SendingToLeaders sending;

    ReviewController(FindingReviewItems finding, ReviewingReport reviewing, SendingToLeaders sending) {
        this.finding = finding;
        this.reviewing = reviewing;
        this.sending = sending;
    }

    @GetMapping("/queues/{committee}")
    Page<QueueEntry> queue(@PathVariable String committee,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size,
                           @AuthenticationPrincipal Jwt jwt) {
        if (!committee.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidRequest(List.of(new FieldProblem("committee", "bad_code", "专委会代码格式不正确",
                    "committee is not a valid code")));
        }
        PageOf<QueueEntry> found = finding.queue(committee, Actors.from(jwt), page, size).map(QueueEntry::of);
        return new Page<>(found.items(), found.page(), found.size(), found.total());
    }

    @GetMapping("/reports/{id}")
    ItemView get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return ItemView.of(finding.get(new ReportId(id), Actors.from(jwt)));
    }

    @PostMapping("/reports/{id}/claim")
    ItemView claim(@PathVariable String id,
                   @RequestHeader(name = CORRELATION, required = false) String correlation,
                   @AuthenticationPrincipal Jwt jwt) {
        return ItemView.of(reviewing.claim(new ReportId(id), Actors.from(jwt), RequestIds.causation(correlation)));
    }

    @PostMapping("/reports/{id}/decision")
    ItemView decide(@PathVariable String id,
                    @RequestBody(required = false) DecisionRequest body,
                    @RequestHeader(name = CORRELATION, required = false) String correlation,
                    @AuthenticationPrincipal Jwt jwt) {
        DecisionRequest request = body == null ? DecisionRequest.missingBody() : body;
        return ItemView.of(reviewing.decide(new ReportId(id), request.toDecision(), Actors.from(jwt),
                RequestIds.causation(correlation)));
    }

    @PostMapping("/reports/{id}/send-to-leaders")
    ItemView sendToLeaders(@PathVariable String id,
                           @RequestHeader(name = CORRELATION, required = false) String correlation,
                           @AuthenticationPrincipal Jwt jwt) {
        return ItemView.of(sending.send(new ReportId(id), Actors.from(jwt), RequestIds.causation(correlation)));
    }
}
