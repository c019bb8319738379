package org.minyi.intake.config;

import org.minyi.chassis.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Intake's role matrix: stations and members submit, revise and withdraw; they, the office and
 * reviewers read reports with their review and outcome (each only what it may see, decided in the
 * queries); leaders, the leaders' secretariat, units and viewers read none here; everyone signed in
 * reads the reference lists, the leaders included.
 */
final class IntakeAccess implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/reports").hasAnyRole("STATION", "MEMBER")
                .requestMatchers(HttpMethod.PUT, "/api/reports/*").hasAnyRole("STATION", "MEMBER")
                .requestMatchers(HttpMethod.POST, "/api/reports/*/withdraw").hasAnyRole("STATION", "MEMBER")
                .requestMatchers(HttpMethod.GET, "/api/reports", "/api/reports/**")
                .hasAnyRole("STATION", "MEMBER", "OFFICE", "REVIEWER")
                .requestMatchers(HttpMethod.GET, "/api/reference/**").authenticated();
    }
}
