package org.minyi.followup.config;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import io.micrometer.tracing.Tracer;
import org.minyi.followup.audit.domain.AuditTrail;
import org.minyi.followup.audit.web.AuditRecording;
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
 * resource server); roles come from the {@code roles} claim. Which handling or task a caller may see
 * is decided in the queries themselves; here only which roles may call which endpoint. Every decision
 * and every denied attempt goes to the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuditTrail trail, Clock clock, ObjectProvider<Tracer> tracer)
            throws Exception {
        AuditRecording audit = new AuditRecording(trail, clock, () -> traceId(tracer.getIfAvailable()),
                List.of("/api/handling/reports/{id}/**", "/api/handling/tasks/{id}/**", "/api/notifications/{id}/read"));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/audit").hasRole("OFFICE")
                        .requestMatchers(HttpMethod.GET, "/api/handling/tasks").hasAnyRole("UNIT", "OFFICE")
                        .requestMatchers(HttpMethod.GET, "/api/handling/reports/*")
                        .hasAnyRole("OFFICE", "UNIT", "MEMBER", "STATION")
                        .requestMatchers(HttpMethod.POST, "/api/handling/tasks/*/progress",
                                "/api/handling/tasks/*/feedback").hasRole("UNIT")
                        .requestMatchers(HttpMethod.POST, "/api/handling/reports/*/satisfaction")
                        .hasAnyRole("MEMBER", "STATION")
                        .requestMatchers(HttpMethod.POST, "/api/handling/reports/*/close",
                                "/api/handling/reports/*/urge").hasRole("OFFICE")
                        .requestMatchers(HttpMethod.GET, "/api/handling/overdue").hasRole("OFFICE")
                        // every principal has its own feed; which one is decided from the token, not the path
                        .requestMatchers(HttpMethod.GET, "/api/notifications").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/notifications/*/read", "/api/notifications/read-all")
                        .authenticated()
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
