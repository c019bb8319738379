package org.minyi.routing.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minyi.routing.audit.domain.AuditEntry;
import org.minyi.routing.audit.domain.AuditTrail;
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
 * chain, after the bearer token was read, so it knows the principal; the request's body (rules, reasons,
 * topic texts) is never kept.
 */
public class AuditRecording extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditRecording.class);
    static final String RECORDED = AuditRecording.class.getName() + ".recorded";
    static final String RULES = "rules/";

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
                record(request, response, status, traceId);
            }
        }
    }

    /** Records a request refused before it reached this filter (an invalid token). */
    public void recordRejected(HttpServletRequest request, int status) {
        request.setAttribute(RECORDED, Boolean.TRUE);
        append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), "anonymous", null,
                request.getMethod() + " " + request.getRequestURI(), null, AuditEntry.Outcome.of(status), status,
                currentTraceId.get(), correlation(request)));
    }

    private void record(HttpServletRequest request, HttpServletResponse response, int status, String traceId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String principal = "anonymous";
        String role = null;
        if (authentication instanceof JwtAuthenticationToken token) {
            principal = token.getName();
            role = token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse(null);
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String action = request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI());
        append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), principal, role, action,
                object(request, response), AuditEntry.Outcome.of(status), status, traceId, correlation(request)));
    }

    private void append(AuditEntry entry) {
        try {
            trail.append(entry);
        } catch (RuntimeException e) {
            log.warn("Could not append to the audit trail ({} {} {}): {}", entry.principal(), entry.action(),
                    entry.status(), e.getClass().getName());
        }
    }

    /**
     * The report or topic named in the path, a topic just recorded ({@code Location}), or the rule set:
     * {@code rules/<version>} for a version read or just put in force ({@code ETag}).
     */
    private static String object(HttpServletRequest request, HttpServletResponse response) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("id") != null) {
            return String.valueOf(map.get("id"));
        }
        if (variables instanceof Map<?, ?> map && map.get("version") != null) {
            return RULES + map.get("version");
        }
        String location = response.getHeader("Location");
        if (location != null) {
            return location.substring(location.lastIndexOf('/') + 1);
        }
        String etag = response.getHeader("ETag");
        return etag != null && request.getRequestURI().startsWith("/api/routing/rules")
                ? RULES + etag.replace("\"", "") : null;
    }

    private static String correlation(HttpServletRequest request) {
        String given = request.getHeader("X-Correlation-Id");
        return given != null && given.matches("[A-Za-z0-9._-]{1,64}") ? given : null;
    }
}
