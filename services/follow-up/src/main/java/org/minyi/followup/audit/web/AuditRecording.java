package org.minyi.followup.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minyi.followup.audit.domain.AuditEntry;
import org.minyi.followup.audit.domain.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Writes an audit entry for every decision (every API request that changes something, whatever its
 * outcome) and every denied attempt (401, 403, 404 on any API request). Runs inside the security
 * chain, after the bearer token was read, so it knows the principal; the request's text is never kept.
 * A request refused before it reached a controller (no or an invalid token, a role that may not) still
 * names its object: the {@code id} of the first of the service's object paths that matches.
 */
public class AuditRecording extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditRecording.class);
    static final String RECORDED = AuditRecording.class.getName() + ".recorded";
    /** An action is the path template, or for a request no controller saw its raw path, cut to this length. */
    private static final int ACTION_MAX = 200;

    private final AuditTrail trail;
    private final Clock clock;
    private final Supplier<String> currentTraceId;
    private final List<PathPattern> objectPaths;

    /** @param objectPaths path patterns with an {@code {id}} variable, e.g. {@code /api/handling/tasks/{id}/**} */
    public AuditRecording(AuditTrail trail, Clock clock, Supplier<String> currentTraceId, List<String> objectPaths) {
        this.trail = trail;
        this.clock = clock;
        this.currentTraceId = currentTraceId;
        this.objectPaths = objectPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
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
                action(request, null), objectOfPath(request), AuditEntry.Outcome.of(status), status,
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
        append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), principal, role,
                action(request, pattern), object(request, response), AuditEntry.Outcome.of(status), status, traceId,
                correlation(request)));
    }

    private void append(AuditEntry entry) {
        try {
            trail.append(entry);
        } catch (RuntimeException e) {
            log.warn("Could not append to the audit trail ({} {} {}): {}", entry.principal(), entry.action(),
                    entry.status(), e.getClass().getName());
        }
    }

    private static String action(HttpServletRequest request, Object pattern) {
        String path = pattern != null ? pattern.toString() : request.getRequestURI();
        String action = request.getMethod() + " " + path;
        return action.length() > ACTION_MAX ? action.substring(0, ACTION_MAX) + "…" : action;
    }

    private String object(HttpServletRequest request, HttpServletResponse response) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("id") != null) {
            return String.valueOf(map.get("id"));
        }
        String location = response.getHeader("Location");
        return location != null ? location.substring(location.lastIndexOf('/') + 1) : objectOfPath(request);
    }

    /** The {@code id} in the path, when no controller resolved it (the request was refused before). */
    private String objectOfPath(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (PathPattern pattern : objectPaths) {
            PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
            if (match != null && match.getUriVariables().get("id") != null) {
                return match.getUriVariables().get("id");
            }
        }
        return null;
    }

    private static String correlation(HttpServletRequest request) {
        String given = request.getHeader("X-Correlation-Id");
        return given != null && given.matches("[A-Za-z0-9._-]{1,64}") ? given : null;
    }
}
