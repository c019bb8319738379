package org.minyi.intake.web;

import org.minyi.chassis.web.Problems;
import org.minyi.intake.report.application.IdempotencyKeyReused;
import org.minyi.intake.report.application.ReportNotFound;
import org.minyi.intake.report.domain.IllegalTransition;
import org.minyi.intake.report.domain.SubmissionRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Intake's own refusals as problem+json; bad input, storage outages and the rest are the chassis's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandling {

    @ExceptionHandler(SubmissionRefused.class)
    ProblemDetail refused(SubmissionRefused e) {
        return Problems.forbidden("submission-refused", e.messageZh(), "Submission refused", e.getMessage());
    }

    @ExceptionHandler(ReportNotFound.class)
    ProblemDetail notFound(ReportNotFound e) {
        return Problems.notFound("信息不存在", e.getMessage());
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail conflict(IllegalTransition e) {
        return Problems.conflict(e.current().name(), e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail reused(IdempotencyKeyReused e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "该 Idempotency-Key 已用于另一份信息", "Idempotency-Key reused", e.getMessage());
    }
}
