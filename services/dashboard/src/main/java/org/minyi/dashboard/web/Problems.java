package org.minyi.dashboard.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with a Chinese title first and English alongside. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String type, String titleZh, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(titleZh + " " + title);
        return problem;
    }

    static ProblemDetail invalid(List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "请求内容有误", "Invalid request",
                errors.size() + " field(s) are invalid: " + String.join(", ", errors.stream().map(FieldProblem::field).toList()));
        problem.setProperty("errors", errors.stream()
                .map(e -> new FieldError(e.field(), e.code(), e.messageZh(), e.message())).toList());
        return problem;
    }

    record FieldError(String field, String code, String message, String messageEn) {
    }
}
