package org.minyi.review.queue.web;

import org.minyi.review.queue.application.MaintainingDeclineReasons;
import org.minyi.review.queue.web.ReviewResponses.DeclineReasonsView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The office's list of reasons for declining a report; reviewers read it to choose one. */
@RestController
@RequestMapping("/api/review/decline-reasons")
class DeclineReasonController {

    private final MaintainingDeclineReasons reasons;

    DeclineReasonController(MaintainingDeclineReasons reasons) {
        this.reasons = reasons;
    }

    @GetMapping
    DeclineReasonsView list() {
        return DeclineReasonsView.of(reasons.current());
    }

    /** Replaces the active list; codes left out are retired, not forgotten. */
    @PutMapping
    DeclineReasonsView replace(@RequestBody(required = false) DeclineReasonsRequest body,
                               @AuthenticationPrincipal Jwt jwt) {
        DeclineReasonsRequest request = body == null ? new DeclineReasonsRequest(null) : body;
        return DeclineReasonsView.of(reasons.replace(request.toReasons(), Actors.from(jwt)));
    }
}
