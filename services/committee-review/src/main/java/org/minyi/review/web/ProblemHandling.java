package org.minyi.review.web;

import java.net.URI;

import org.minyi.chassis.web.Problems;
import org.minyi.review.publication.application.PublicationNotFound;
import org.minyi.review.publication.domain.IssuedAlready;
import org.minyi.review.queue.application.QueueNotFound;
import org.minyi.review.queue.application.ReportNotFound;
import org.minyi.review.queue.domain.ClaimedByAnother;
import org.minyi.review.queue.domain.IllegalTransition;
import org.minyi.review.queue.domain.ReviewRefused;
import org.minyi.review.queue.domain.SubmissionConflict;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Committee review's own refusals as problem+json; bad input, storage outages and the rest are the
 * chassis's. Every illegal transition names the report and its {@code currentStatus}; a report another
 * reviewer holds names the holder ({@code claimedBy}) and when the lease ends ({@code leaseExpiresAt}); a
 * submission to a higher CPPCC in the way is named by {@code submissionId}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandling {

    @ExceptionHandler(ReviewRefused.class)
    ProblemDetail refused(ReviewRefused e) {
        return Problems.forbidden("not-permitted", e.messageZh(), "Not permitted", e.getMessage());
    }

    @ExceptionHandler({ReportNotFound.class, QueueNotFound.class, PublicationNotFound.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.notFound("不存在或无权查看", e.getMessage());
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail conflict(IllegalTransition e) {
        ProblemDetail problem = Problems.conflict(e.current().name(), e.getMessage());
        problem.setProperty("reportId", e.reportId().value());
        if (e instanceof ClaimedByAnother claimed) {
            problem.setType(URI.create("/problems/claimed-by-another"));
            problem.setTitle("该信息已被他人认领 Claimed by another reviewer");
            problem.setProperty("claimedBy", claimed.claim().by());
            problem.setProperty("leaseExpiresAt", claimed.claim().expiresAt().toString());
        }
        if (e instanceof SubmissionConflict submission) {
            problem.setProperty("submissionId", submission.submissionId());
        }
        return problem;
    }

    @ExceptionHandler(IssuedAlready.class)
    ProblemDetail issued(IssuedAlready e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "illegal-transition", "刊物已签发，不能再修改或签发",
                "The issue was issued already", e.getMessage());
        problem.setProperty("currentStatus", e.current().name());
        return problem;
    }
}
