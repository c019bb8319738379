package org.minyi.routing.web;

import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.web.Problems;
import org.minyi.routing.reference.domain.InvalidInput;
import org.minyi.routing.report.application.CaseNotFound;
import org.minyi.routing.report.domain.IllegalTransition;
import org.minyi.routing.rules.application.RulesNotFound;
import org.minyi.routing.rules.application.StaleRules;
import org.minyi.routing.topic.domain.TopicClosed;
import org.minyi.routing.topic.domain.TopicNotFound;
import org.minyi.routing.topic.domain.Topics;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Routing's own refusals as problem+json: what its rules, topics and cases refused (400 naming every
 * field, as the chassis answers bad input), what is not there (404) and what the state does not allow
 * (409). Bad input caught at the edge, storage outages and the rest are the chassis's.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandling {

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return Problems.invalid(e.problems().stream()
                .map(p -> new FieldProblem(p.field(), p.code(), p.messageZh(), p.message())).toList());
    }

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail notFound(CaseNotFound e) {
        return Problems.notFound("未找到该信息的分办记录", e.getMessage());
    }

    @ExceptionHandler(TopicNotFound.class)
    ProblemDetail topicNotFound(TopicNotFound e) {
        return Problems.notFound("未找到该信息反映点", e.getMessage());
    }

    @ExceptionHandler(RulesNotFound.class)
    ProblemDetail rulesNotFound(RulesNotFound e) {
        return Problems.notFound("未找到该版本的分办规则", e.getMessage());
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail conflict(IllegalTransition e) {
        return Problems.conflict(e.current().name(), e.getMessage());
    }

    @ExceptionHandler(StaleRules.class)
    ProblemDetail stale(StaleRules e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "rules-changed", "分办规则已被他人修改，请在最新版本上修改",
                "The rules changed meanwhile", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(TopicClosed.class)
    ProblemDetail topicClosed(TopicClosed e) {
        return Problems.of(HttpStatus.CONFLICT, "topic-closed", "该信息反映点已关闭", "Topic closed", e.getMessage());
    }

    @ExceptionHandler(Topics.ChangedMeanwhile.class)
    ProblemDetail topicChanged(Topics.ChangedMeanwhile e) {
        return Problems.of(HttpStatus.CONFLICT, "topic-changed", "该信息反映点已被他人修改，请刷新后再改",
                "The topic changed meanwhile", e.getMessage());
    }

    @ExceptionHandler(Topics.TopicTaken.class)
    ProblemDetail topicTaken(Topics.TopicTaken e) {
        return Problems.of(HttpStatus.CONFLICT, "topic-exists", "该信息反映点代码已存在", "Topic exists", e.getMessage());
    }
}
