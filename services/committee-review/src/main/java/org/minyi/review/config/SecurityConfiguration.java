package org.minyi.review.config;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import io.micrometer.tracing.Tracer;
import org.minyi.review.audit.domain.AuditTrail;
import org.minyi.review.audit.web.AuditRecording;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
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
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every request carries a JWT bearer token (issuer, audience, signature and expiry checked by the
 * resource server); roles come from the {@code roles} claim. Which committee's items and which
 * publications a caller may see is decided in the queries themselves, and what each role may do to an
 * item by the domain's policy; here only which roles may call which endpoint. Every decision and every
 * denied attempt goes to the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuditTrail trail, Clock clock, ObjectProvider<Tracer> tracer,
                            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> endpoints)
            throws Exception {
        AuditRecording audit = new AuditRecording(trail, clock, () -> traceId(tracer.getIfAvailable()),
                endpoints::getIfAvailable);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/audit").hasRole("OFFICE")
                        .requestMatchers(HttpMethod.GET, "/api/review/queues/*", "/api/review/reports",
                                "/api/review/reports/*", "/api/review/decline-reasons").hasAnyRole("REVIEWER", "OFFICE")
                        .requestMatchers(HttpMethod.POST, "/api/review/reports/*/claim",
                                "/api/review/reports/*/decision", "/api/review/merges").hasAnyRole("REVIEWER", "OFFICE")
                        .requestMatchers(HttpMethod.POST, "/api/review/reports/*/send-to-leaders",
                                "/api/review/reports/*/upstream-adoptions").hasRole("OFFICE")
                        .requestMatchers(HttpMethod.PUT, "/api/review/decline-reasons").hasRole("OFFICE")
                        .requestMatchers(HttpMethod.GET, "/api/publications", "/api/publications/*",
                                "/api/publications/*/document").hasAnyRole("OFFICE", "LEADER")
                        .requestMatchers(HttpMethod.POST, "/api/publications", "/api/publications/*/issue")
                        .hasRole("OFFICE")
                        .requestMatchers(HttpMethod.PUT, "/api/publications/*").hasRole("OFFICE")
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
