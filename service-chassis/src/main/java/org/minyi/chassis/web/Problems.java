package org.minyi.chassis.web;

import java.net.URI;
import java.util.List;

import org.minyi.chassis.problem.FieldProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem details with a Chinese title first and English alongside:
 * {@code type /problems/<kind>}, {@code title "请求内容有误 Invalid request"}, {@code detail} in English.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String titleZh, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(titleZh + " " + title);
        return problem;
    }

    /** 400 naming every bad field in {@code errors: [{field, code, message, messageEn}]}. */
    public static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "请求内容有误", "Invalid request",
                problems.size() + " field(s) are invalid: "
                        + String.join(", ", problems.stream().map(FieldProblem::field).toList()));
        problem.setProperty("errors", problems.stream()
                .map(p -> new FieldError(p.field(), p.code(), p.messageZh(), p.message())).toList());
        return problem;
    }

    public static ProblemDetail notFound(String titleZh, String detail) {
        return of(HttpStatus.NOT_FOUND, "not-found", titleZh, "Not found", detail);
    }

    public static ProblemDetail forbidden(String type, String titleZh, String title, String detail) {
        return of(HttpStatus.FORBIDDEN, type, titleZh, title, detail);
    }

    /** 409: the object's state does not allow the step; {@code currentStatus} says which it is in. */
    public static ProblemDetail conflict(String currentStatus, String detail) {
        ProblemDetail problem = of(HttpStatus.CONFLICT, "illegal-transition", "当前状态不允许此操作",
                "Not allowed in the current status", detail);
        problem.setProperty("currentStatus", currentStatus);
        return problem;
    }

    /** 503 with {@code Retry-After}: the database cannot be reached, nothing was changed. */
    public static ResponseEntity<ProblemDetail> unavailable(String detail) {
        ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "服务暂时不可用，请稍后重试",
                "Service temporarily unavailable", detail);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    public static ProblemDetail tooLarge(long maxBytes) {
        return of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "请求体过大", "Payload too large",
                "the body may have at most " + maxBytes + " bytes");
    }

    /** One entry of {@code errors}: the Chinese message first, the English one beside it. */
    public record FieldError(String field, String code, String message, String messageEn) {
    }
}
