package org.minyi.leadership.audit.web;

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
import org.minyi.leadership.audit.domain.AuditEntry;
import org.minyi.leadership.audit.domain.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Writes an audit entry for every decision (every API request that changes something, whatever its
 * outcome) and every denied attempt (401, 403, 404 on any API request). Runs inside the security
 * chain, after the bearer token was read, so it knows the principal; the request's text is never kept.
 * A request denied before any controller saw it (no token, a role that may not) is still recorded with
 * its route and object, found among the service's routes.
 */
public class AuditRecording extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditRecording.class);
    static final String RECORDED = AuditRecording.class.getName() + ".recorded";

    private final AuditTrail trail;
    private final Clock clock;
    private final Supplier<String> currentTraceId;
    private final List<PathPattern> routes;

    /**
     * @param routes the service's routes as path patterns, most specific first; {@code {id}} names the
     *               object
     */
    public AuditRecording(AuditTrail trail, Clock clock, Supplier<String> currentTraceId, List<String> routes) {
        this.trail = trail;
        this.clock = clock;
        this.currentTraceId = currentTraceId;
        this.routes = routes.stream().map(PathPatternParser.defaultInstance::parse).toList();
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
        Target target = target(request, null);
        append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), "anonymous", null,
                request.getMethod() + " " + target.route(), target.object(), AuditEntry.Outcome.of(status), status,
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
        Target target = target(request, response);
        append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), principal, role,
                request.getMethod() + " " + target.route(), target.object(), AuditEntry.Outcome.of(status), status,
                traceId, correlation(request)));
    }

    private void append(AuditEntry entry) {
        try {
            trail.append(entry);
        } catch (RuntimeException e) {
            log.warn("Could not append to the audit trail ({} {} {}): {}", entry.principal(), entry.action(),
                    entry.status(), e.getClass().getName());
        }
    }

    /** The route and object: as the controller saw them, else from the known routes, else the bare path. */
    private Target target(HttpServletRequest request, HttpServletResponse response) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (pattern != null && !"/**".equals(pattern)) {
            String object = variables instanceof Map<?, ?> map && map.get("id") != null ? String.valueOf(map.get("id"))
                    : location(response);
            return new Target(pattern.toString(), object);
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (PathPattern route : routes) {
            PathPattern.PathMatchInfo match = route.matchAndExtract(path);
            if (match != null) {
                return new Target(route.getPatternString(), match.getUriVariables().get("id"));
            }
        }
        return new Target(request.getRequestURI(), null);
    }

    private static String location(HttpServletResponse response) {
        String location = response == null ? null : response.getHeader("Location");
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }

    private record Target(String route, String object) {
    }

    private static String correlation(HttpServletRequest request) {
        String given = request.getHeader("X-Correlation-Id");
        return given != null && given.matches("[A-Za-z0-9._-]{1,64}") ? given : null;
    }
}
