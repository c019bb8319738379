package org.minyi.dashboard.web;

import java.util.List;

import com.mongodb.MongoException;
import org.minyi.dashboard.board.web.FieldProblem;
import org.minyi.dashboard.board.web.InvalidRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every failure as problem+json: 400 naming the bad parameter, 503 with Retry-After when storage is away. */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return Problems.invalid(e.problems());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid(List.of(new FieldProblem(e.getName(), "bad_value", "参数值无效：" + e.getName(),
                "invalid value for " + e.getName())));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            MongoException.class})
    ResponseEntity<ProblemDetail> storageAway(RuntimeException e) {
        log.warn("Storage unavailable: {}", e.toString());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable",
                "服务暂时不可用，请稍后重试", "Service temporarily unavailable", "the database cannot be reached");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }
}
