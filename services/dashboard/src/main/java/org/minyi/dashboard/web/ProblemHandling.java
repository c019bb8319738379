package org.minyi.dashboard.web;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.web.Problems;
import org.minyi.dashboard.assessment.application.InvalidSettings;
import org.minyi.dashboard.assessment.application.StandingNotFound;
import org.minyi.dashboard.replay.application.ReplayRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The dashboard's own refusals as problem+json; bad input, storage outages and the rest are the chassis's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandling {

    /** Targets or a points table the assessment refused: 400 naming each value by its path in the body. */
    @ExceptionHandler(InvalidSettings.class)
    ProblemDetail invalidSettings(InvalidSettings e) {
        return Problems.invalid(e.problems().stream()
                .map(p -> new FieldProblem(p.field(), "bad_value", p.messageZh(), p.message())).toList());
    }

    /** A standing the caller may not read, or of a member nobody knows: 404 alike. */
    @ExceptionHandler(StandingNotFound.class)
    ProblemDetail standingNotFound(StandingNotFound e) {
        return Problems.notFound("未找到该委员的年度履职情况", e.getMessage());
    }

    @ExceptionHandler(ReplayRefused.class)
    ProblemDetail replayRefused(ReplayRefused e) {
        return Problems.of(HttpStatus.CONFLICT, "replay-refused", "无法重放：消费组仍在其他实例上运行",
                "Replay refused: the consumer group is in use elsewhere", e.getMessage());
    }
}
