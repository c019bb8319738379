package org.minyi.chassis.security;

import jakarta.servlet.DispatcherType;
import org.minyi.chassis.audit.AuditRecording;
import org.minyi.chassis.web.ProblemWriter;
import org.minyi.chassis.web.Problems;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request carries a JWT bearer token (issuer, audience, signature and expiry checked by the
 * resource server); roles come from the {@code roles} claim. Refusals are problem+json (401 with
 * {@code WWW-Authenticate: Bearer}, 403), and every decision and denied attempt reaches the audit trail.
 */
public final class ResourceServerSecurity {

    private ResourceServerSecurity() {
    }

    public static SecurityFilterChain chain(HttpSecurity http, AccessRules rules, AuditRecording audit,
                                            ProblemWriter problems) throws Exception {
        http.authorizeHttpRequests(requests -> {
                    // the re-dispatch of an answer already authorised (a stream), and the error page
                    requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll();
                    requests.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll();
                    requests.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    requests.requestMatchers(HttpMethod.GET, "/api/audit").hasRole("OFFICE");
                    rules.authorize(requests);
                    requests.requestMatchers("/error").permitAll();
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(JwtRoles.converter()))
                        .authenticationEntryPoint((request, response, e) -> {
                            audit.recordRejected(request, 401);
                            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized",
                                    "未认证或令牌无效", "Unauthorized", "a valid bearer token is required"));
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                Problems.forbidden("forbidden", "无权执行此操作", "Forbidden", "your role may not do this"))))
                .addFilterAfter(audit, BearerTokenAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        rules.configure(http);
        return http.build();
    }
}
