package org.minyi.review.queue.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.minyi.chassis.problem.FieldChecks;
import org.minyi.chassis.web.Paging;
import org.minyi.review.queue.application.FindingReviewItems;
import org.minyi.review.queue.application.RecordingUpstreamAdoption;
import org.minyi.review.queue.application.ReviewingReport;
import org.minyi.review.queue.application.SendingToLeaders;
import org.minyi.review.queue.application.TransferringReport;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.Category;
import org.minyi.review.queue.domain.PageOf;
import org.minyi.review.queue.domain.QueueFilter;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.web.ReviewResponses.ItemView;
import org.minyi.review.queue.web.ReviewResponses.QueueEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Committee queues, claims and decisions for reviewers (and the office for its triage queue); sending to
 * the leaders, transfers to the departments (转送) and upstream adoptions for the office.
 */
@RestController
@RequestMapping("/api/review")
class ReviewController {

    private final FindingReviewItems finding;
    private final ReviewingReport reviewing;
    private final SendingToLeaders sending;
    private final TransferringReport transferring;
    private final RecordingUpstreamAdoption upstream;

    ReviewController(FindingReviewItems finding, ReviewingReport reviewing, SendingToLeaders sending,
                     TransferringReport transferring, RecordingUpstreamAdoption upstream) {
        this.finding = finding;
        this.reviewing = reviewing;
        this.sending = sending;
        this.transferring = transferring;
        this.upstream = upstream;
    }

    @GetMapping("/queues/{committee}")
    Paging.Page<QueueEntry> queue(@PathVariable String committee,
                           @RequestParam(required = false) Set<ReportStatus> status,
                           @RequestParam(required = false) String township,
                           @RequestParam(required = false) Category category,
                           @RequestParam(required = false) String topic,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size,
                           @AuthenticationPrincipal Jwt jwt) {
        FieldChecks checks = new FieldChecks();
        String queue = checks.code("committee", "专委会", committee, true);
        QueueFilter filter = filter(checks, null, status, township, category, topic);
        Actor actor = Actors.from(jwt);
        Paging paging = Paging.of(page, size);
        return page(finding.queue(queue, filter, actor, paging.page(), paging.size()), actor);
    }

    @GetMapping("/reports")
    Paging.Page<QueueEntry> list(@RequestParam(required = false) String committee,
                          @RequestParam(required = false) Set<ReportStatus> status,
                          @RequestParam(required = false) String township,
                          @RequestParam(required = false) Category category,
                          @RequestParam(required = false) String topic,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "20") int size,
                          @AuthenticationPrincipal Jwt jwt) {
        FieldChecks checks = new FieldChecks();
        String inCommittee = checks.code("committee", "专委会", committee, false);
        QueueFilter filter = filter(checks, inCommittee, status, township, category, topic);
        Actor actor = Actors.from(jwt);
        Paging paging = Paging.of(page, size);
        return page(finding.list(filter, actor, paging.page(), paging.size()), actor);
    }

    @GetMapping("/reports/{id}")
    ItemView get(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return view(finding.get(new ReportId(id), actor), actor);
    }

    /** Claims a ROUTED report; claimed again by its holder, renews the lease; takes over an expired claim. */
    @PostMapping("/reports/{id}/claim")
    ItemView claim(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.from(jwt);
        return view(reviewing.claim(new ReportId(id), actor), actor);
    }

    @PostMapping("/reports/{id}/decision")
    ItemView decide(@PathVariable String id,
                    @RequestBody(required = false) DecisionRequest body,
                    @AuthenticationPrincipal Jwt jwt) {
        DecisionRequest request = body == null ? DecisionRequest.missingBody() : body;
        Actor actor = Actors.from(jwt);
        return view(reviewing.decide(new ReportId(id), request.toDecision(), actor), actor);
    }

    /** Sends the report to the {@code leaders} named, or (no body, none named) to every county leader. */
    @PostMapping("/reports/{id}/send-to-leaders")
    ItemView sendToLeaders(@PathVariable String id, @RequestBody(required = false) SendToLeadersRequest body,
                           @AuthenticationPrincipal Jwt jwt) {
        List<String> leaders = body == null ? null : body.checkedLeaders();
        Actor actor = Actors.from(jwt);
        return view(sending.send(new ReportId(id), leaders, actor), actor);
    }

    /** Transfers the report straight to the units named (转送): FORWARDED. */
    @PostMapping("/reports/{id}/transfer")
    ItemView transfer(@PathVariable String id, @RequestBody(required = false) TransferRequest body,
                      @AuthenticationPrincipal Jwt jwt) {
        TransferRequest.Checked request = (body == null ? TransferRequest.missingBody() : body).check();
        Actor actor = Actors.from(jwt);
        return view(transferring.transfer(new ReportId(id), request.note(), request.units(), actor,
                request.problems()), actor);
    }

    @PostMapping("/reports/{id}/upstream-adoptions")
    ResponseEntity<ItemView> recordUpstreamAdoption(@PathVariable String id,
                                                    @RequestBody(required = false) UpstreamAdoptionRequest body,
                                                    @AuthenticationPrincipal Jwt jwt) {
        UpstreamAdoptionRequest.Checked request = (body == null ? UpstreamAdoptionRequest.missingBody() : body)
                .checked();
        Actor actor = Actors.from(jwt);
        ItemView item = view(upstream.record(new ReportId(id), request.level(), request.mode(), request.adoptedOn(),
                request.note(), request.submission(), actor), actor);
        return ResponseEntity.created(URI.create("/api/review/reports/" + id)).body(item);
    }

    /** @throws org.minyi.chassis.problem.InvalidInput naming every bad code, with those already found */
    private static QueueFilter filter(FieldChecks checks, String committee, Set<ReportStatus> status, String township,
                                      Category category, String topic) {
        String inTownship = checks.code("township", "乡镇", township, false);
        String onTopic = checks.code("topic", "信息反映点", topic, false);
        checks.throwIfAny();
        return new QueueFilter(committee, status, inTownship, category, onTopic);
    }

    private ItemView view(ReviewItem item, Actor actor) {
        return ItemView.of(item, finding.visibleDuplicates(List.of(item), actor));
    }

    private Paging.Page<QueueEntry> page(PageOf<ReviewItem> found, Actor actor) {
        Set<ReportId> visible = finding.visibleDuplicates(found.items(), actor);
        return new Paging.Page<>(found.items().stream().map(item -> QueueEntry.of(item, visible)).toList(),
                found.page(), found.size(), found.total());
    }
}
