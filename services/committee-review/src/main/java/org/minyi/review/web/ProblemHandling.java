package org.minyi.review.web;

import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.MongoException;
import org.minyi.review.publication.application.PublicationNotFound;
import org.minyi.review.publication.domain.IssuedAlready;
import org.minyi.review.queue.application.FieldProblem;
import org.minyi.review.queue.application.InvalidCommand;
import org.minyi.review.queue.application.QueueNotFound;
import org.minyi.review.queue.application.ReportNotFound;
import org.minyi.review.queue.domain.ClaimedByAnother;
import org.minyi.review.queue.domain.IllegalTransition;
import org.minyi.review.queue.domain.ReviewRefused;
import org.minyi.review.queue.web.InvalidRequest;
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
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Every failure as problem+json: 4xx naming what is wrong, 503 with Retry-After when storage is away. */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    /** How the JSON reader names a key given twice in one object. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"([^\"]{1,100})\"");

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return Problems.invalid(e.problems());
    }

    @ExceptionHandler(InvalidCommand.class)
    ProblemDetail invalidCommand(InvalidCommand e) {
        return Problems.invalid(e.problems());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid(List.of(new FieldProblem(e.getName(), "bad_value", "参数值无效：" + e.getName(),
                "invalid value for " + e.getName())));
    }

    @ExceptionHandler(ReviewRefused.class)
    ProblemDetail refused(ReviewRefused e) {
        return Problems.of(HttpStatus.FORBIDDEN, "not-permitted", e.messageZh(), "Not permitted", e.getMessage());
    }

    @ExceptionHandler({ReportNotFound.class, QueueNotFound.class, PublicationNotFound.class})
    ProblemDetail notFound(RuntimeException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "不存在或无权查看", "Not found", e.getMessage());
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail conflict(IllegalTransition e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "illegal-transition", "当前状态不允许此操作",
                "Not allowed in the current status", e.getMessage());
        problem.setProperty("currentStatus", e.current().name());
        problem.setProperty("reportId", e.reportId().value());
        if (e instanceof ClaimedByAnother claimed) {
            problem.setType(URI.create("/problems/claimed-by-another"));
            problem.setTitle("该信息已被他人认领 Claimed by another reviewer");
            problem.setProperty("claimedBy", claimed.claim().by());
            problem.setProperty("leaseExpiresAt", claimed.claim().expiresAt().toString());
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

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            MongoException.class})
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
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof JacksonException) {
                cause = c;
                break;
            }
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new FieldProblem(field, "unknown_field", "不允许的字段：" + field, "unknown field: " + field);
        }
        if (cause instanceof InvalidFormatException format && isOfAnotherType(format)) {
            String field = path(format);
            return new FieldProblem(field, "wrong_type", "字段类型不正确：" + field, "wrong type for " + field);
        }
        if (cause instanceof InvalidFormatException format) {
            String field = path(format);
            return new FieldProblem(field, "bad_value", "字段取值无效：" + field,
                    "invalid value for " + field + ": " + format.getValue());
        }
        if (cause instanceof MismatchedInputException mismatch && !trailing(mismatch)) {
            String field = path(mismatch);
            return "body".equals(field)
                    ? new FieldProblem(field, "wrong_type", "请求体须为JSON对象", "the body must be a JSON object")
                    : new FieldProblem(field, "wrong_type", "字段类型不正确：" + field, "wrong type for " + field);
        }
        if (cause instanceof StreamReadException read && read.getOriginalMessage() != null) {
            Matcher duplicate = DUPLICATE.matcher(read.getOriginalMessage());
            if (duplicate.find()) {
                String field = duplicate.group(1);
                return new FieldProblem(field, "duplicate_field", "字段重复：" + field, "field given twice: " + field);
            }
        }
        return new FieldProblem("body", "malformed_json", "请求体不是有效的JSON", "the body is not valid JSON");
    }

    /** Something after the JSON value: the body is not one JSON document. */
    private static boolean trailing(MismatchedInputException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token");
    }

    /**
     * Whether the value was of another JSON type than the field's (a number or a boolean for a text or an
     * enum, a text for a boolean), rather than a value of the right type that is not allowed.
     */
    private static boolean isOfAnotherType(InvalidFormatException format) {
        Object value = format.getValue();
        Class<?> target = format.getTargetType();
        return !(value instanceof String) || target == Boolean.class || target == boolean.class;
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
