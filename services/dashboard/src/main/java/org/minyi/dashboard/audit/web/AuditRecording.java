package org.minyi.dashboard.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minyi.dashboard.audit.domain.AuditEntry;
import org.minyi.dashboard.audit.domain.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes an audit entry for every decision (every API request that changes something, whatever its
 * outcome) and every denied attempt (401, 403, 404 on any API request). Runs inside the security
 * chain, after the bearer token was read, so it knows the principal; the request's text is never kept.
 */
public class AuditRecording extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditRecording.class);
    static final String RECORDED = AuditRecording.class.getName() + ".recorded";
    private static final List<String> OBJECT_VARIABLES = List.of("year", "id");
    private static final int MAX_ACTION = 200;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final AuditTrail trail;
    private final Clock clock;
    private final Supplier<String> currentTraceId;

    public AuditRecording(AuditTrail trail, Clock clock, Supplier<String> currentTraceId) {
        this.trail = trail;
        this.clock = clock;
        this.currentTraceId = currentTraceId;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceId = currentTraceId.get();
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            boolean changes = !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                    || "OPTIONS".equals(request.getMethod()));
            boolean denied = status == 401 || status == 403 || status == 404;
            if (request.getRequestURI().startsWith("/api/") && (changes || denied)
                    && request.getAttribute(RECORDED) == null) {
                record(request, status, traceId);
            }
        }
    }

    /** Records a request refused before it reached this filter (an invalid token). */
    public void recordRejected(HttpServletRequest request, int status) {
        request.setAttribute(RECORDED, Boolean.TRUE);
        append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), "anonymous", null,
                action(request.getMethod(), request.getRequestURI()), null, AuditEntry.Outcome.of(status), status,
                currentTraceId.get(), correlation(request)));
    }

    private void record(HttpServletRequest request, int status, String traceId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String principal = "anonymous";
        String role = null;
        if (authentication instanceof JwtAuthenticationToken token) {
            principal = token.getName();
            role = token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse(null);
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String action = action(request.getMethod(), pattern != null ? pattern.toString() : request.getRequestURI());
        append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), principal, role, action,
                object(request), AuditEntry.Outcome.of(status), status, traceId, correlation(request)));
    }

    /** The method and the path pattern, or the path as asked when no endpoint matched (cut to a sane length). */
    private static String action(String method, String path) {
        String action = method + " " + path;
        return action.length() > MAX_ACTION ? action.substring(0, MAX_ACTION) + "…" : action;
    }

    private void append(AuditEntry entry) {
        try {
            trail.append(entry);
        } catch (RuntimeException e) {
            log.warn("Could not append to the audit trail ({} {} {}): {}", entry.principal(), entry.action(),
                    entry.status(), e.getClass().getName());
        }
    }

    /** The object of a request: the year of a target sheet or points table (or an id, should one appear). */
    private static String object(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            for (String name : OBJECT_VARIABLES) {
                Object value = map.get(name);
                if (value != null && SANE.matcher(value.toString()).matches()) {
                    return value.toString();
                }
            }
        }
        return null;
    }

    private static String correlation(HttpServletRequest request) {
        String given = request.getHeader("X-Correlation-Id");
        return given != null && SANE.matcher(given).matches() ? given : null;
    }
}
