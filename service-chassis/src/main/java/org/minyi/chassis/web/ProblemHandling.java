package org.minyi.chassis.web;

import java.util.List;

import com.mongodb.MongoException;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.chassis.problem.NotPermitted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
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

/**
 * The failures every service answers the same way, as problem+json: bad input (400 naming each field), a
 * step the caller may not take ({@link NotPermitted}, 403),
 * bodies over the limit (413), the database away (503 with {@code Retry-After}), Spring MVC's own
 * refusals (404, 405, 415, …) and anything unexpected (500, logged without the request). A service's
 * own advice, ordered before this one, maps its domain's exceptions.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    private final JsonProblems json;

    public ProblemHandling(JsonProblems json) {
        this.json = json;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return Problems.invalid(e.problems());
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted e) {
        return Problems.forbidden("not-permitted", e.messageZh(), "Not permitted", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid(List.of(new FieldProblem(e.getName(), "bad_value", "参数值无效：" + e.getName(),
                "invalid value for " + e.getName())));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            MongoException.class})
    ResponseEntity<ProblemDetail> storageAway(RuntimeException e) {
        log.warn("Storage unavailable: {}", e.getClass().getName());
        return Problems.unavailable("the database cannot be reached; nothing was changed");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Request failed unexpectedly", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "服务内部错误", "Internal error",
                "the request failed; nothing was changed that was not already stored");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimit.PayloadTooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Problems.tooLarge(tooLarge.maxBytes()));
            }
        }
        return ResponseEntity.badRequest().body(Problems.invalid(List.of(json.of(e))));
    }
}
