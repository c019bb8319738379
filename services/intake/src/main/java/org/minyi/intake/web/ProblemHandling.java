package org.minyi.intake.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.MongoException;
import org.minyi.intake.report.application.FieldProblem;
import org.minyi.intake.report.application.IdempotencyKeyReused;
import org.minyi.intake.report.application.InvalidSubmission;
import org.minyi.intake.report.application.NotPermitted;
import org.minyi.intake.report.application.ReportNotFound;
import org.minyi.intake.report.application.SubmissionsBusy;
import org.minyi.intake.report.domain.IllegalTransition;
import org.minyi.intake.report.domain.SubmissionRefused;
import org.minyi.intake.report.web.InvalidRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Every failure as problem+json: 4xx naming what is wrong, 503 with Retry-After when storage is away. */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    /** Jackson's words for a property given twice (the JSON tree is read with FAIL_ON_READING_DUP_TREE_KEY). */
    private static final Pattern DUPLICATE_PROPERTY = Pattern.compile("^Duplicate (?:property|field) [\"']([^\"']+)[\"']");

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return Problems.invalid(e.problems());
    }

    @ExceptionHandler(InvalidSubmission.class)
    ProblemDetail invalid(InvalidSubmission e) {
        return Problems.invalid(e.problems());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid(List.of(new FieldProblem(e.getName(), "bad_value", "参数值无效：" + e.getName(),
                "invalid value for " + e.getName())));
    }

    @ExceptionHandler(SubmissionRefused.class)
    ProblemDetail refused(SubmissionRefused e) {
        return Problems.of(HttpStatus.FORBIDDEN, "submission-refused", e.messageZh(), "Submission refused",
                e.getMessage());
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e) {
        return Problems.of(HttpStatus.FORBIDDEN, "not-permitted", e.messageZh(), "Not permitted", e.getMessage());
    }

    @ExceptionHandler(ReportNotFound.class)
    ProblemDetail notFound(ReportNotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "信息不存在", "Not found", e.getMessage());
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail conflict(IllegalTransition e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "illegal-transition", "当前状态不允许此操作",
                "Not allowed in the current status", e.getMessage());
        problem.setProperty("currentStatus", e.current().name());
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail reused(IdempotencyKeyReused e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "该 Idempotency-Key 已用于另一份信息", "Idempotency-Key reused", e.getMessage());
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            MongoException.class, SubmissionsBusy.class})
    ResponseEntity<ProblemDetail> storageAway(RuntimeException e) {
        log.warn("Storage unavailable: {}", e.toString());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable",
                "服务暂时不可用，请稍后重试", "Service temporarily unavailable",
                "the database cannot be reached; nothing was changed");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.PayloadTooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.of(HttpStatus.CONTENT_TOO_LARGE,
                        "payload-too-large", "请求体过大", "Payload too large", tooLarge.getMessage()));
            }
        }
        return ResponseEntity.badRequest().body(Problems.invalid(List.of(unreadable(e))));
    }

    private static FieldProblem unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        Matcher twice = cause.getMessage() == null ? null : DUPLICATE_PROPERTY.matcher(cause.getMessage());
        if (twice != null && twice.find()) {
            String field = twice.group(1);
            return new FieldProblem(field, "duplicate_field", "字段重复出现：" + field, "field given twice: " + field);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new FieldProblem(field, "unknown_field", "不允许的字段：" + field, "unknown field: " + field);
        }
        if (cause instanceof InvalidFormatException format) {
            String field = path(format);
            return new FieldProblem(field, "bad_value", "字段取值无效：" + field,
                    "invalid value for " + field + ": " + format.getValue());
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return new FieldProblem(field, "wrong_type", "字段类型不正确：" + field, "wrong type for " + field);
        }
        return new FieldProblem("body", "malformed_json", "请求体不是有效的JSON", "the body is not valid JSON");
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
