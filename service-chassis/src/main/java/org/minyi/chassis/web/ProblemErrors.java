package org.minyi.chassis.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error} as problem+json: what the servlet container answers itself (a failure in a filter, a
 * request no servlet took) comes in the same shape as every other refusal, never as an HTML page.
 */
@Hidden
@RestController
public class ProblemErrors implements ErrorController {

    private static final Map<Integer, String[]> TITLES = Map.of(
            400, new String[] {"bad-request", "请求无效", "Bad request"},
            404, new String[] {"not-found", "不存在", "Not found"},
            405, new String[] {"method-not-allowed", "不支持此方法", "Method not allowed"},
            413, new String[] {"payload-too-large", "请求体过大", "Payload too large"},
            415, new String[] {"unsupported-media-type", "不支持的内容类型", "Unsupported media type"});

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String[] title = TITLES.getOrDefault(status.value(), status.is5xxServerError()
                ? new String[] {"internal-error", "服务内部错误", "Internal error"}
                : new String[] {"refused", "请求被拒绝", status.getReasonPhrase()});
        return ResponseEntity.status(status)
                .body(Problems.of(status, title[0], title[1], title[2], status.getReasonPhrase()));
    }
}
