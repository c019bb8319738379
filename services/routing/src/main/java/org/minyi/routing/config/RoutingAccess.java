package org.minyi.routing.config;

import org.minyi.chassis.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Routing's role matrix: the rules are read by whoever works with routing (office, reviewers,
 * dashboards) and replaced by the office; routing cases, the triage queue and re-routing are the
 * office's; topics are read by everyone who reports on them or follows them (the leaders and their
 * secretariat among them) and recorded by the office.
 */
final class RoutingAccess implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/routing/rules", "/api/routing/rules/versions",
                        "/api/routing/rules/versions/*").hasAnyRole("OFFICE", "REVIEWER", "VIEWER")
                .requestMatchers(HttpMethod.PUT, "/api/routing/rules").hasRole("OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/routing/reports", "/api/routing/reports/*").hasRole("OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/routing/reports/*/reroute").hasRole("OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/topics", "/api/topics/*/close").hasRole("OFFICE")
                .requestMatchers(HttpMethod.PUT, "/api/topics/*").hasRole("OFFICE")
                .requestMatchers(HttpMethod.GET, "/api/topics", "/api/topics/*")
                .hasAnyRole("STATION", "MEMBER", "OFFICE", "REVIEWER", "LEADER", "LEADERS_OFFICE",
                        "VIEWER");
    }
}
