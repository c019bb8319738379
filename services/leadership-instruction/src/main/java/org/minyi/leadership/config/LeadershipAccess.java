package org.minyi.leadership.config;

import org.minyi.chassis.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The inbox's role matrix (PRODUCT.md §4): leaders, the leaders' secretariat and the office read the inbox
 * and its reports; leaders instruct and the secretariat records instructions on their behalf; the office
 * and the secretariat forward, archive and release an instruction to the authors. Which items a caller may
 * see (a leader: those sent to them) is decided in the queries ({@code Visibility}).
 */
final class LeadershipAccess implements AccessRules {

    @Override
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/api/leadership/inbox", "/api/leadership/reports/*")
                .hasAnyRole("LEADER", "LEADERS_OFFICE", "OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/leadership/reports/*/instructions")
                .hasAnyRole("LEADER", "LEADERS_OFFICE")
                .requestMatchers(HttpMethod.POST, "/api/leadership/reports/*/instructions/*/release",
                        "/api/leadership/reports/*/forward", "/api/leadership/reports/*/archive")
                .hasAnyRole("OFFICE", "LEADERS_OFFICE");
    }
}
