package org.minyi.followup.web;

import java.util.List;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.web.Problems;
import org.minyi.followup.handling.application.HandlingNotFound;
import org.minyi.followup.handling.domain.IllegalTransition;
import org.minyi.followup.handling.domain.NotPermitted;
import org.minyi.followup.handling.domain.NoteLimitReached;
import org.minyi.followup.handling.domain.TaskNotFound;
import org.minyi.followup.handling.domain.UnitNotAssigned;
import org.minyi.followup.notification.application.ReadingFeed;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Follow-up's own refusals as problem+json; bad input, storage outages and the rest are the chassis's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandling {

    @ExceptionHandler(UnitNotAssigned.class)
    ProblemDetail unitNotAssigned(UnitNotAssigned e) {
        return Problems.invalid(List.of(new FieldProblem("unit", "not_assigned",
                "该单位没有此信息的办理任务：" + e.unit(), e.getMessage())));
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e) {
        return Problems.forbidden("not-permitted", e.messageZh(), "Not permitted", e.getMessage());
    }

    @ExceptionHandler({HandlingNotFound.class, TaskNotFound.class, ReadingFeed.NoticeNotFound.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.notFound("不存在", e.getMessage());
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail conflict(IllegalTransition e) {
        return Problems.conflict(e.current(), e.getMessage());
    }

    @ExceptionHandler(NoteLimitReached.class)
    ProblemDetail noteLimit(NoteLimitReached e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "note-limit-reached", "该任务的进展记录已达上限",
                "Progress note limit reached", e.getMessage());
    }
}
