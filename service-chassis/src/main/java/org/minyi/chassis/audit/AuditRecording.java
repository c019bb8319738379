package org.minyi.chassis.audit;

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
import org.minyi.chassis.web.CorrelationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Writes an audit entry for every decision (every API request that changes something, whatever its
 * outcome) and every denied attempt (401, 403, 404 on any API request). Runs inside the security chain,
 * after the bearer token was read, so it knows the principal; the request's text is never kept.
 *
 * <p>Every entry names the endpoint by its route ({@code POST /api/reports/{id}/withdraw}) and the object
 * it concerned — also for a request refused before it reached a controller (no token, a role that may
 * not, a body too large): such a request is matched to its endpoint here, as a dispatched one would be.
 */
public class AuditRecording extends OncePerRequestFilter {

    /** A request attribute a controller may set to name the object when no path variable does. */
    public static final String OBJECT = AuditRecording.class.getName() + ".object";

    private static final Logger log = LoggerFactory.getLogger(AuditRecording.class);
    private static final String RECORDED = AuditRecording.class.getName() + ".recorded";
    private static final int OBJECT_MAX = 100;
    private static final int ACTION_MAX = 200;

    private final AuditTrail trail;
    private final Clock clock;
    private final Supplier<String> currentTraceId;
    private final Supplier<HandlerMapping> endpoints;
    private final List<String> objectVariables;

    /**
     * @param endpoints       the application's request mappings, to name the endpoint of a request refused
     *                        before it reached one; it may give {@code null}
     * @param objectVariables the path variables that name the object, the first present wins ({@code id}, …)
     */
    public AuditRecording(AuditTrail trail, Clock clock, Supplier<String> currentTraceId,
                          Supplier<HandlerMapping> endpoints, List<String> objectVariables) {
        this.trail = trail;
        this.clock = clock;
        this.currentTraceId = currentTraceId;
        this.endpoints = endpoints;
        this.objectVariables = List.copyOf(objectVariables);
    }

    /** Names the object of the current request for its audit entry (e.g. {@code rules/7}). */
    public static void nameObject(String object) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null && object != null) {
            attributes.setAttribute(OBJECT, object, RequestAttributes.SCOPE_REQUEST);
        }
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

    /** Records a request refused before it reached this filter (an invalid or missing token). */
    public void recordRejected(HttpServletRequest request, int status) {
        request.setAttribute(RECORDED, Boolean.TRUE);
        matchEndpoint(request);
        append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), "anonymous", null, action(request),
                object(request, null), AuditEntry.Outcome.of(status), status, currentTraceId.get(),
                CorrelationFilter.given(request)));
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
        matchEndpoint(request);
        append(new AuditEntry(UUID.randomUUID().toString(), clock.instant(), principal, role, action(request),
                object(request, response), AuditEntry.Outcome.of(status), status, traceId,
                CorrelationFilter.given(request)));
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
     * For a request that never reached the dispatcher, finds the endpoint it was meant for: the mapping
     * leaves the matched pattern and path variables on the request, as it does for a dispatched one.
     */
    private void matchEndpoint(HttpServletRequest request) {
        HandlerMapping mapping = endpoints == null ? null : endpoints.get();
        if (mapping == null || request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) != null) {
            return;
        }
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        try {
            if (!parsed) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            mapping.getHandler(request);
        } catch (Exception noEndpoint) {
            // a path or method no endpoint takes: the entry names the path as requested
        } finally {
            if (!parsed) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    private static String action(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return bounded(request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI()), ACTION_MAX);
    }

    /** The object named by the controller, else by the path, else by the {@code Location} of what was created. */
    private String object(HttpServletRequest request, HttpServletResponse response) {
        Object named = request.getAttribute(OBJECT);
        if (named != null) {
            return bounded(named.toString(), OBJECT_MAX);
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            for (String name : objectVariables) {
                if (map.get(name) != null) {
                    return bounded(String.valueOf(map.get(name)), OBJECT_MAX);
                }
            }
        }
        String location = response == null ? null : response.getHeader("Location");
        return location == null ? null : bounded(location.substring(location.lastIndexOf('/') + 1), OBJECT_MAX);
    }

    /** What the caller sent is kept, but never more of it than an id or a path needs. */
    private static String bounded(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
