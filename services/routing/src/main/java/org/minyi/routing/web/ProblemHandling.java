package org.minyi.routing.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.MongoException;
import org.minyi.routing.reference.domain.InvalidInput;
import org.minyi.routing.report.application.CaseNotFound;
import org.minyi.routing.report.domain.IllegalTransition;
import org.minyi.routing.rules.application.RulesNotFound;
import org.minyi.routing.rules.application.StaleRules;
import org.minyi.routing.topic.domain.TopicNotFound;
import org.minyi.routing.topic.domain.Topics;
import org.minyi.routing.web.Problems.FieldError;
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
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Every failure as problem+json: 4xx naming what is wrong, 503 with Retry-After when storage is away. */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);
    /** Jackson's words for a property given twice (bodies are read with STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE_PROPERTY =
            Pattern.compile("^Duplicate (?:Object )?(?:property|field) [\"']([^\"']+)[\"']");

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail notFound(CaseNotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "未找到该信息的分办记录", "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return Problems.invalid(e.problems().stream()
                .map(p -> new FieldError(p.field(), p.code(), p.messageZh(), p.message())).toList());
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail conflict(IllegalTransition e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "illegal-transition", "当前状态不允许此操作",
                "Not allowed in the current status", e.getMessage());
        problem.setProperty("currentStatus", e.current().name());
        return problem;
    }

    @ExceptionHandler(StaleRules.class)
    ProblemDetail stale(StaleRules e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "rules-changed", "分办规则已被他人修改，请在最新版本上修改",
                "The rules changed meanwhile", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(Topics.TopicTaken.class)
    ProblemDetail topicTaken(Topics.TopicTaken e) {
        return Problems.of(HttpStatus.CONFLICT, "topic-exists", "该信息反映点代码已存在", "Topic exists",
                e.getMessage());
    }

    @ExceptionHandler(TopicNotFound.class)
    ProblemDetail topicNotFound(TopicNotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "未找到该信息反映点", "Not found", e.getMessage());
    }

    @ExceptionHandler(RulesNotFound.class)
    ProblemDetail rulesNotFound(RulesNotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "未找到该版本的分办规则", "Not found", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid(List.of(new FieldError(e.getName(), "bad_value", "参数值无效：" + e.getName(),
                "invalid value for " + e.getName())));
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

    private static FieldError unreadable(HttpMessageNotReadableException e) {
        Throwable cause = deepestJacksonCause(e);
        Matcher twice = cause.getMessage() == null ? null : DUPLICATE_PROPERTY.matcher(cause.getMessage());
        if (cause instanceof JacksonException jackson && twice != null && twice.find()) {
            String at = path(jackson);
            String field = "body".equals(at) ? twice.group(1) : at + "." + twice.group(1);
            return new FieldError(field, "duplicate_field", "字段重复出现：" + field, "field given twice: " + field);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new FieldError(field, "unknown_field", "不允许的字段：" + field, "unknown field: " + field);
        }
        if (cause instanceof InvalidFormatException format && !(format.getValue() instanceof String)) {
            String field = path(format);
            return new FieldError(field, "wrong_type", "字段类型不正确：" + field, "wrong type for " + field);
        }
        if (cause instanceof InvalidFormatException format) {
            String field = path(format);
            return new FieldError(field, "bad_value", "字段取值无效：" + field,
                    "invalid value for " + field + ": " + quoted(String.valueOf(format.getValue())));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return new FieldError(field, "wrong_type", "字段类型不正确：" + field, "wrong type for " + field);
        }
        if (cause instanceof InputCoercionException outOfRange && !outOfRange.getPath().isEmpty()) {
            String field = path(outOfRange);
            return new FieldError(field, "bad_value", "字段取值超出范围：" + field, "value out of range for " + field);
        }
        return new FieldError("body", "malformed_json", "请求体不是有效的JSON", "the body is not valid JSON");
    }

    /** Jackson's own exception, which knows the path, rather than what it wraps (a DateTimeParseException). */
    private static Throwable deepestJacksonCause(HttpMessageNotReadableException e) {
        Throwable found = e.getMostSpecificCause();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                found = cause;
            }
        }
        return found;
    }

    private static String quoted(String value) {
        return value.length() > 64 ? value.substring(0, 64) + "…" : value;
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
