package org.minyi.leadership.web;

import java.util.List;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.web.Problems;
import org.minyi.leadership.inbox.application.FindingInbox;
import org.minyi.leadership.inbox.application.ItemNotFound;
import org.minyi.leadership.inbox.domain.IllegalTransition;
import org.minyi.leadership.inbox.domain.InstructionNotFound;
import org.minyi.leadership.inbox.domain.InvalidAssignment;
import org.minyi.leadership.inbox.domain.NotPermitted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The inbox's own refusals as problem+json; bad input, storage outages and the rest are the chassis's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandling {

    @ExceptionHandler(InvalidAssignment.class)
    ProblemDetail invalid(InvalidAssignment e) {
        return Problems.invalid(e.problems().stream()
                .map(p -> new FieldProblem(p.field(), p.code(), p.messageZh(), p.message())).toList());
    }

    @ExceptionHandler(FindingInbox.InvalidStatusFilter.class)
    ProblemDetail invalidFilter(FindingInbox.InvalidStatusFilter e) {
        return Problems.invalid(List.of(new FieldProblem("status", "bad_value",
                "收件箱只能按 SENT_TO_LEADERS、INSTRUCTED、FORWARDED、ARCHIVED 筛选", e.getMessage())));
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e) {
        return Problems.forbidden("not-permitted", e.messageZh(), "Not permitted", e.getMessage());
    }

    @ExceptionHandler(ItemNotFound.class)
    ProblemDetail notFound(ItemNotFound e) {
        return Problems.notFound("信息不存在", e.getMessage());
    }

    @ExceptionHandler(InstructionNotFound.class)
    ProblemDetail instructionNotFound(InstructionNotFound e) {
        return Problems.notFound("批示不存在", e.getMessage());
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail conflict(IllegalTransition e) {
        return Problems.conflict(e.current().name(), e.getMessage());
    }
}
