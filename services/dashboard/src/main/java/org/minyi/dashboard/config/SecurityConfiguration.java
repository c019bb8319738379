package org.minyi.dashboard.config;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

import io.micrometer.tracing.Tracer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.minyi.dashboard.audit.domain.AuditTrail;
import org.minyi.dashboard.audit.web.AuditRecording;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The board's data needs a JWT bearer token with role VIEWER, OFFICE or LEADER (issuer, audience,
 * signature and expiry checked by the resource server; roles from the {@code roles} claim); setting
 * targets and points tables and replaying the projections need OFFICE. The page itself and its
 * assets are public: it holds no data and signs in from the browser. Its Content-Security-Policy lets
 * it load and call only its own origin. The office reads the audit trail, to which every decision and
 * every denied attempt goes; the API document is public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] BOARD_ROLES = {"VIEWER", "OFFICE", "LEADER"};

    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuditTrail trail, Clock clock, ObjectProvider<Tracer> tracer)
            throws Exception {
        AuditRecording audit = new AuditRecording(trail, clock,
                () -> ObservabilityConfiguration.traceId(tracer.getIfAvailable()));
        http.authorizeHttpRequests(requests -> requests
                        // a stream's later dispatches belong to a request that was authorized when it opened
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/assets/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/audit").hasRole("OFFICE")
                        .requestMatchers(HttpMethod.GET, "/api/dashboard/**").hasAnyRole(BOARD_ROLES)
                        .requestMatchers(HttpMethod.PUT, "/api/dashboard/targets/*", "/api/dashboard/points-table/*")
                        .hasRole("OFFICE")
                        .requestMatchers(HttpMethod.POST, "/api/dashboard/replay").hasRole("OFFICE")
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
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
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

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
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
