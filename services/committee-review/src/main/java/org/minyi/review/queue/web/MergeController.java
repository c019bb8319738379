package org.minyi.review.queue.web;

import java.net.URI;
import java.util.Set;

import org.minyi.review.queue.application.MergingReports;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.web.ReviewResponses.ItemView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Merges (综合): the office, or a committee's reviewer for its own reports. */
@RestController
class MergeController {

    private final MergingReports merging;

    MergeController(MergingReports merging) {
        this.merging = merging;
    }

    /**
     * 201 with the composite, ADOPTED; 202 with the composite still MERGING when a later step failed and
     * the sweep will complete it.
     */
    @PostMapping("/api/review/merges")
    ResponseEntity<ItemView> merge(@RequestBody(required = false) MergeRequest body,
                                   @AuthenticationPrincipal Jwt jwt) {
        MergeRequest request = body == null ? MergeRequest.missingBody() : body;
        ReviewItem composite = merging.merge(request.toCommand(), Actors.from(jwt));
        URI location = URI.create("/api/review/reports/" + composite.id().value());
        HttpStatus status = composite.status() == ReportStatus.MERGING ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
        // a composite carries no findings of intake, so no possible duplicates to name
        return ResponseEntity.status(status).location(location).body(ItemView.of(composite, Set.of()));
    }
}
