package org.minyi.routing.config;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import io.micrometer.tracing.Tracer;
import org.minyi.routing.audit.domain.AuditTrail;
import org.minyi.routing.audit.web.AuditRecording;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request carries a JWT bearer token (issuer, audience, signature and expiry checked by the
 * resource server); roles come from the {@code roles} claim. The rules are read by whoever works with
 * routing (office, reviewers, dashboards) and replaced by the office; routing cases, the triage queue
 * and re-routing are the office's; topics are read by everyone who reports on them and recorded by
 * the office; the audit trail is the office's. Every decision and every denied attempt goes to the
 * audit trail.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuditTrail trail, Clock clock, ObjectProvider<Tracer> tracer)
            throws Exception {
        AuditRecording audit = new AuditRecording(trail, clock, () -> traceId(tracer.getIfAvailable()));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/audit").hasRole("OFFICE")
                        .requestMatchers(HttpMethod.GET, "/api/routing/rules", "/api/routing/rules/versions",
                                "/api/routing/rules/versions/*").hasAnyRole("OFFICE", "REVIEWER", "VIEWER")
                        .requestMatchers(HttpMethod.PUT, "/api/routing/rules").hasRole("OFFICE")
                        .requestMatchers(HttpMethod.GET, "/api/routing/reports", "/api/routing/reports/*").hasRole("OFFICE")
                        .requestMatchers(HttpMethod.POST, "/api/routing/reports/*/reroute").hasRole("OFFICE")
                        .requestMatchers(HttpMethod.POST, "/api/topics").hasRole("OFFICE")
                        .requestMatchers(HttpMethod.GET, "/api/topics", "/api/topics/*")
                        .hasAnyRole("STATION", "MEMBER", "OFFICE", "REVIEWER", "LEADER", "VIEWER")
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesClaim()))
                        .authenticationEntryPoint((request, response, e) -> {
                            audit.recordRejected(request, 401);
                            problem(response, 401, "未认证或令牌无效 Unauthorized", "a valid bearer token is required");
                        })
                        .accessDeniedHandler((request, response, e) -> problem(response, 403,
                                "无权执行此操作 Forbidden", "your role may not do this")))
                .addFilterAfter(audit, BearerTokenAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static String traceId(Tracer tracer) {
        if (tracer == null || tracer.currentSpan() == null) {
            return null;
        }
        return tracer.currentSpan().context().traceId();
    }

    static JwtAuthenticationConverter rolesClaim() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(SecurityConfiguration::roles);
        converter.setPrincipalClaimName("sub");
        return converter;
    }

    private static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles == null ? List.of()
                : roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse response, int status, String title,
                                String detail) throws java.io.IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"/problems/" + (status == 401 ? "unauthorized" : "forbidden")
                + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
