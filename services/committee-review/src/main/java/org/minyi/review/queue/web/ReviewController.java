package org.minyi.review.queue.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.minyi.review.queue.application.FieldProblem;
import org.minyi.review.queue.application.FindingReviewItems;
import org.minyi.review.queue.application.RecordingUpstreamAdoption;
import org.minyi.review.queue.application.ReviewingReport;
import org.minyi.review.queue.application.SendingToLeaders;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.Category;
import org.minyi.review.queue.domain.PageOf;
import org.minyi.review.queue.domain.QueueFilter;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.web.ReviewResponses.ItemView;
import org.minyi.review.queue.web.ReviewResponses.Page;
import org.minyi.review.queue.web.ReviewResponses.QueueEntry;
import org.springframework.http.ResponseEntity;
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

/**
 * Committee queues, claims and decisions for reviewers (and the office for its triage queue); sending to
 * the leaders and upstream adoptions for the office.
 */
@RestController
@RequestMapping("/api/review")
class ReviewController {

    static final String CORRELATION = "X-Correlation-Id";

    private final FindingReviewItems finding;
    private final ReviewingReport reviewing;
    private final SendingToLeaders sending;
    private final RecordingUpstreamAdoption upstream;

    ReviewController(FindingReviewItems finding, ReviewingReport reviewing, SendingToLeaders sending,
                     RecordingUpstreamAdoption upstream) {
        this.finding = finding;
        this.reviewing = reviewing;
        this.sending = sending;
        this.upstream = upstream;
    }

    @GetMapping("/queues/{committee}")
    Page<QueueEntry> queue(@PathVariable String committee,
                           @RequestParam(required = false) Set<ReportStatus> status,
                           @RequestParam(required = false) String township,
                           @RequestParam(required = false) Category category,
                           @RequestParam(required = false) String topic,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size,
                           @AuthenticationPrincipal Jwt jwt) {
        code("committee", "专委会", committee);
        QueueFilter filter = filter(null, status, township, category, topic);
        Actor actor = Actors.from(jwt);
        return page(finding.queue(committee, filter, actor, page, size), actor);
    }

    @GetMapping("/reports")
    Page<QueueEntry> list(@RequestParam(required = false) String committee,
                          @RequestParam(required = false) Set<ReportStatus> status,
                          @RequestParam(required = false) String township,
                          @RequestParam(required = false) Category category,
                          @RequestParam(required = false) String topic,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "20") int size,
                          @AuthenticationPrincipal Jwt jwt) {
        if (committee != null) {
            code("committee", "专委会", committee);
        }
        Actor actor = Actors.from(jwt);
        return page(finding.list(filter(committee, status, township, category, topic), actor, page, size), actor);
    }

    @GetMapping("/reports/{id}")
    ItemView get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return view(finding.get(new ReportId(id), actor), actor);
    }

    /** Claims a ROUTED report; claimed again by its holder, renews the lease; takes over an expired claim. */
    @PostMapping("/reports/{id}/claim")
    ItemView claim(@PathVariable String id,
                   @RequestHeader(name = CORRELATION, required = false) String correlation,
                   @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return view(reviewing.claim(new ReportId(id), actor, RequestIds.causation(correlation)), actor);
    }

    @PostMapping("/reports/{id}/decision")
    ItemView decide(@PathVariable String id,
                    @RequestBody(required = false) DecisionRequest body,
                    @RequestHeader(name = CORRELATION, required = false) String correlation,
                    @AuthenticationPrincipal Jwt jwt) {
        DecisionRequest request = body == null ? DecisionRequest.missingBody() : body;
        Actor actor = Actors.from(jwt);
        return view(reviewing.decide(new ReportId(id), request.toDecision(), actor, RequestIds.causation(correlation)),
                actor);
    }

    @PostMapping("/reports/{id}/send-to-leaders")
    ItemView sendToLeaders(@PathVariable String id,
                           @RequestHeader(name = CORRELATION, required = false) String correlation,
                           @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return view(sending.send(new ReportId(id), actor, RequestIds.causation(correlation)), actor);
    }

    @PostMapping("/reports/{id}/upstream-adoptions")
    ResponseEntity<ItemView> recordUpstreamAdoption(@PathVariable String id,
                                                    @RequestBody(required = false) UpstreamAdoptionRequest body,
                                                    @RequestHeader(name = CORRELATION, required = false)
                                                    String correlation,
                                                    @AuthenticationPrincipal Jwt jwt) {
        UpstreamAdoptionRequest.Checked request = (body == null ? UpstreamAdoptionRequest.missingBody() : body)
                .checked();
        Actor actor = Actors.from(jwt);
        ItemView item = view(upstream.record(new ReportId(id), request.level(), request.mode(), request.adoptedOn(),
                request.note(), actor, RequestIds.causation(correlation)), actor);
        return ResponseEntity.created(URI.create("/api/review/reports/" + id)).body(item);
    }

    private static QueueFilter filter(String committee, Set<ReportStatus> status, String township, Category category,
                                      String topic) {
        if (township != null) {
            code("township", "乡镇", township);
        }
        if (topic != null) {
            code("topic", "信息反映点", topic);
        }
        return new QueueFilter(committee, status, township, category, topic);
    }

    private static void code(String field, String label, String value) {
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidRequest(List.of(new FieldProblem(field, "bad_code", label + "代码格式不正确",
                    field + " is not a valid code")));
        }
    }

    private ItemView view(ReviewItem item, Actor actor) {
        return ItemView.of(item, finding.visibleDuplicates(List.of(item), actor));
    }

    private Page<QueueEntry> page(PageOf<ReviewItem> found, Actor actor) {
        Set<ReportId> visible = finding.visibleDuplicates(found.items(), actor);
        PageOf<QueueEntry> entries = found.map(item -> QueueEntry.of(item, visible));
        return new Page<>(entries.items(), entries.page(), entries.size(), entries.total());
    }
}
