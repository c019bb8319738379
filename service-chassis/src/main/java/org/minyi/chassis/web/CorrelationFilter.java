package org.minyi.chassis.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.minyi.chassis.events.Causation;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request is the start of a correlation: the caller's {@code X-Correlation-Id} when it is sane,
 * else a new id. Events the request causes carry it ({@link Causation}), and so does its audit entry.
 */
public class CorrelationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = given(request);
        try (Causation.Scope scope = (given != null ? new Causation(given, null) : Causation.fresh()).open()) {
            chain.doFilter(request, response);
        }
    }

    /** The caller's correlation id when it is a sane one, else {@code null}. */
    public static String given(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        return header != null && SANE.matcher(header).matches() ? header : null;
    }
}
